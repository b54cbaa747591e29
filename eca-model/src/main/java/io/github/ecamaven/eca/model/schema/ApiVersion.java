package io.github.ecamaven.eca.model.schema;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Salesforce API version such as {@code 66.0}; ordered by number. */
public final class ApiVersion implements Comparable<ApiVersion> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})\\.0");

    /** The newest version whose schema is confirmed by a verbatim WSDL. */
    public static final ApiVersion CONFIRMED = of(66);
    /** The newest version the model knows fields of. */
    public static final ApiVersion NEWEST_KNOWN = of(67);

    private final int major;

    private ApiVersion(int major) {
        this.major = major;
    }

    public static ApiVersion of(int major) {
        return new ApiVersion(major);
    }

    /**
     * Parses {@code "66.0"}.
     *
     * @throws IllegalArgumentException naming the expected format when the text is not an API version
     */
    public static ApiVersion parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a Salesforce API version; write it like 66.0");
        }
        return of(Integer.parseInt(m.group(1)));
    }

    /** Like {@link #parse} but {@code null} for text that is not an API version. */
    public static ApiVersion tryParse(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public int major() {
        return major;
    }

    public boolean isBefore(ApiVersion other) {
        return major < other.major;
    }

    @Override
    public int compareTo(ApiVersion o) {
        return Integer.compare(major, o.major);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiVersion v && v.major == major;
    }

    @Override
    public int hashCode() {
        return Objects.hash(major);
    }

    @Override
    public String toString() {
        return major + ".0";
    }
}
