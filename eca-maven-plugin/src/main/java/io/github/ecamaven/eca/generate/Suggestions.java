package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.text.EditDistance;
import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for misspelt configuration values. */
final class Suggestions {

    private Suggestions() {}

    /** The candidate closest to {@code text} (case-insensitive edit distance at most 2, or a prefix), or null. */
    static String closest(String text, Collection<String> candidates) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(t, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int limit = Math.min(2, Math.max(1, t.length() / 2));
        return bestDistance <= limit ? best : null;
    }

    /** "; did you mean X?" or "." to end a sentence. */
    static String didYouMean(String text, Collection<String> candidates) {
        String s = closest(text, candidates);
        return s == null ? "." : "; did you mean " + s + "?";
    }

    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
