package io.github.ecamaven.eca.config;

import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.text.Shortened;
import java.util.Locale;

/**
 * The one reading of a boolean setting (a goal parameter or a boolean {@code <app>} element): {@code true} or
 * {@code false}, in any letter case, surrounding blanks ignored. Anything else is a configuration error naming the
 * element; Maven's own conversion ({@code Boolean.valueOf}) would silently read every typo as {@code false}, so
 * the plugin's boolean settings are taken as text and read here.
 */
public final class StrictBoolean {

    /** The values a boolean setting accepts, for messages and docs. */
    public static final String ALLOWED = "true or false";

    private StrictBoolean() {}

    /** The value, or null when {@code text} is null (unset) or not a boolean. */
    public static Boolean parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Whether {@code text} is unset or a boolean. */
    public static boolean isValid(String text) {
        return text == null || parseOrNull(text) != null;
    }

    /** What is wrong with {@code text}, for a message after the element's name. */
    public static String problem(String text) {
        String shown = Shortened.to(text, 40);
        return "'" + shown + "' is not a boolean; write " + ALLOWED;
    }

    /**
     * Reads a setting.
     *
     * @param element how the user sets it, e.g. {@code <checkOnly> (eca.deploy.checkOnly)}
     * @param dflt the value when unset
     * @throws ConfigurationException naming {@code element} when {@code text} is not a boolean
     */
    public static boolean parse(String text, String element, boolean dflt) {
        if (text == null) {
            return dflt;
        }
        Boolean b = parseOrNull(text);
        if (b == null) {
            throw new ConfigurationException(element + ": " + problem(text));
        }
        return b;
    }
}
