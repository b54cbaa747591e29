package io.github.ecamaven.eca.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;

/** Jackson's reading errors about sfdx-project.json as sentences for the user, without raw exception text. */
public final class JsonProblems {

    private JsonProblems() {}

    /** Why the file cannot be read, in words; the position comes from the exception's location. */
    public static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            String lower = m.toLowerCase(Locale.ROOT);
            String what = lower.startsWith("number") ? "a number with too many digits"
                    : lower.startsWith("string") ? "a string that is too long"
                    : lower.contains("nesting") ? "objects or arrays nested too deep"
                    : lower.startsWith("name") ? "a property name that is too long"
                    : "a value beyond what the JSON reader accepts";
            return "sfdx-project.json holds " + what + " (" + limitOf(m) + "); it cannot be a real project file,"
                    + " fix or regenerate it";
        }
        if (m.contains("comment")) {
            return "comments are not allowed in sfdx-project.json (sf then silently treats the whole file as empty);"
                    + " delete the comment";
        }
        // Jackson's parse messages are sentences about the JSON text ("Unexpected character ('}' ...)")
        int nl = m.indexOf('\n');
        return "sfdx-project.json is not valid JSON: " + (nl >= 0 ? m.substring(0, nl) : m).strip();
    }

    /** "limit 1000" from Jackson's "... exceeds the maximum allowed (1000, from ...)". */
    private static String limitOf(String m) {
        int open = m.indexOf("maximum allowed (");
        if (open < 0) {
            return "over the reader's limit";
        }
        int from = open + "maximum allowed (".length();
        int end = from;
        while (end < m.length() && Character.isDigit(m.charAt(end))) {
            end++;
        }
        return end > from ? "limit " + m.substring(from, end) : "over the reader's limit";
    }
}
