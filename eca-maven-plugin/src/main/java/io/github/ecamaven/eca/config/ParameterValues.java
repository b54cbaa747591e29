package io.github.ecamaven.eca.config;

import io.github.ecamaven.eca.failure.ConfigurationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one reading of text and list parameters for every goal. Maven hands a list parameter over as it split it:
 * {@code -Deca.appNames=A,} becomes {@code [A, null]}, {@code ,} becomes {@code [null, null]}, {@code A,,B} becomes
 * {@code [A, null, B]}, and an empty {@code <appName/>} of the POM a null item too; {@code -Deca.targetOrg=} becomes
 * the empty text. None of these is a value the user meant, and read as "unset" each would quietly widen what a goal
 * does (every app instead of one, sf's default org instead of the named one), so each is refused naming the
 * parameter.
 */
public final class ParameterValues {

    private ParameterValues() {}

    /**
     * A text parameter, stripped: null when unset.
     *
     * @param parameter how the user sets it, e.g. {@code <targetOrg> (eca.targetOrg)}
     * @throws ConfigurationException naming {@code parameter} when the text is empty or only blanks
     */
    public static String text(String parameter, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new ConfigurationException(parameter + " is " + (value.isEmpty() ? "empty" : "blank ('" + value
                    + "')") + "; give a value, or leave the parameter out for its default");
        }
        return value.strip();
    }

    /**
     * A list parameter's items, stripped, in their order: empty when unset.
     *
     * @param parameter how the user sets it, e.g. {@code <appNames> (eca.appNames)}
     * @throws ConfigurationException naming {@code parameter} and the position when an item is null, empty or
     *     only blanks (a doubled, leading or trailing comma, or an empty element)
     */
    public static List<String> list(String parameter, List<?> items) {
        if (items == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null || item.toString().isBlank()) {
                throw new ConfigurationException(parameter + " has an empty item (item " + (i + 1) + " of "
                        + items.size() + "): separate the values with single commas and no comma at the start or"
                        + " end (A,B), and give every element of the list a value");
            }
            out.add(item.toString().strip());
        }
        return Collections.unmodifiableList(out);
    }
}
