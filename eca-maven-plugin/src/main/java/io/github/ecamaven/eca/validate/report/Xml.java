package io.github.ecamaven.eca.validate.report;

/** XML escaping for the hand-written reports. */
final class Xml {

    private Xml() {}

    static String esc(String s) {
        int first = 0;
        while (first < s.length() && !needsEscape(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s; // most paths, ids and messages: nothing to escape, nothing to copy
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(char c) {
        return c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || (c < 0x20 && c != '\t' && c != '\n'
                && c != '\r');
    }
}
