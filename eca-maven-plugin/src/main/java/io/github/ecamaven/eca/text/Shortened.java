package io.github.ecamaven.eca.text;

/**
 * The one way a message shortens a long value: the first characters, then {@code …}, and where the reader should
 * know how much was left out, the whole length. A cut never splits a character outside the Basic Multilingual Plane
 * (a surrogate pair) in two.
 */
public final class Shortened {

    /** What follows the kept characters. */
    public static final String ELLIPSIS = "\u2026";

    private Shortened() {}

    /** {@code text} itself when it has at most {@code max} characters, else its first {@code max} and {@code …}. */
    public static String to(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return head(text, max) + ELLIPSIS;
    }

    /**
     * {@code text} itself when it has at most {@code max} characters, else its first {@code max}, {@code …} and the
     * whole length: {@code abc… (4000 characters)}.
     */
    public static String withLength(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return head(text, max) + ELLIPSIS + " (" + text.length() + " characters)";
    }

    private static String head(String text, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        int end = max > 0 && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
