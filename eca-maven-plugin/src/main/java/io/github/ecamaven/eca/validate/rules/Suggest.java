package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.text.EditDistance;
import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for near misses. */
public final class Suggest {

    private Suggest() {}

    /** The closest candidate (case-insensitive match, prefix, or edit distance within a third), or null. */
    public static String closest(String text, Collection<String> candidates) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            if (c.toLowerCase(Locale.ROOT).equals(t)) {
                return c;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String l = c.toLowerCase(Locale.ROOT);
            int d = distance(t, l);
            int shorter = Math.min(t.length(), l.length());
            int longer = Math.max(t.length(), l.length());
            int prefix = commonPrefix(t, l);
            if (shorter >= 4 && prefix == shorter && shorter * 2 >= longer) {
                d = Math.min(d, 1);
            } else if (prefix >= 6 && prefix * 5 >= longer * 3) {
                d = Math.min(d, 2);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int limit = Math.max(2, text.length() / 3);
        return bestDistance <= limit ? best : null;
    }

    /** {@code ; did you mean 'x'?} or the empty string. */
    public static String didYouMean(String text, Collection<String> candidates) {
        String c = closest(text, candidates);
        return c == null || c.equals(text) ? "" : "; did you mean '" + c + "'?";
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
