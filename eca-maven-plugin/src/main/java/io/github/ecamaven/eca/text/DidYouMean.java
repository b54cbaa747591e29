package io.github.ecamaven.eca.text;

import java.util.Collection;
import java.util.Locale;

/**
 * Every "did you mean" the plugin prints (generate, validate, migrate): one policy for when a candidate is close
 * enough, and one wording, {@code ; did you mean 'X'?}.
 */
public final class DidYouMean {

    private DidYouMean() {}

    /**
     * The closest candidate, or null: the same name in another letter case; else the smallest edit distance (case
     * ignored) within a third of the length, at least 2, where a candidate that {@code text} is a prefix of (or
     * shares a long prefix with) counts as close.
     */
    public static String closest(String text, Collection<String> candidates) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
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
        int limit = Math.max(2, t.length() / 3);
        return bestDistance <= limit ? best : null;
    }

    /** {@code ; did you mean 'X'?} for the closest candidate, or the empty string (also when it is {@code text}). */
    public static String of(String text, Collection<String> candidates) {
        String c = closest(text, candidates);
        return c == null || c.equals(text) ? "" : quoted(c);
    }

    /** Like {@link #of}, but {@code .} when there is no suggestion: for a sentence that goes on. */
    public static String orPeriod(String text, Collection<String> candidates) {
        String s = of(text, candidates);
        return s.isEmpty() ? "." : s;
    }

    /** {@code ; did you mean 'X'?} for a suggestion found otherwise; the empty string for null. */
    public static String quoted(String suggestion) {
        return suggestion == null ? "" : phrase("'" + suggestion + "'");
    }

    /** {@code ; did you mean X?} with {@code shown} already marked up (an element as {@code <name>}). */
    public static String phrase(String shown) {
        return "; did you mean " + shown + "?";
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Levenshtein distance: insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
