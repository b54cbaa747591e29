package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.text.Shortened;

/**
 * A managed field whose value in a file differs from the configuration.
 *
 * @param file the file, relative to the project root, with forward slashes
 * @param field the element name, or a description such as {@code (file missing)}
 * @param before the value in the file (null: absent); masked for sensitive fields
 * @param after the value the configuration gives (null: absent); masked for sensitive fields
 * @param managedBy the POM element or preset that decides the value
 */
public record FieldChange(String file, String field, String before, String after, String managedBy) {

    @Override
    public String toString() {
        if (field.startsWith("(")) {
            return file + ": " + field;
        }
        return file + ": " + field + " " + show(before) + " -> " + show(after)
                + (managedBy == null ? "" : " (" + managedBy + ")");
    }

    private static String show(String v) {
        if (v == null) {
            return "(absent)";
        }
        String oneLine = v.replace("\n", "\\n");
        return "'" + Shortened.to(oneLine, 80) + "'";
    }
}
