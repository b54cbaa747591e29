package io.github.ecamaven.eca.config;

import io.github.ecamaven.eca.failure.ConfigurationException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of second-generation package a project's package can be ({@code sf package create --package-type}): a
 * Managed package needs a namespace, an Unlocked one may have none. Read by {@code eca.packageType}, by package create's
 * flag check and by the rules that depend on it.
 */
public enum PackageType {
    Managed,
    Unlocked;

    /** The names as sf spells them. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /**
     * The type {@code value} names, in any letter case; null for null or blank.
     *
     * @throws ConfigurationException naming {@code property} and the allowed values
     */
    public static PackageType parse(String property, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (PackageType t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new ConfigurationException(property + " is '" + value.strip() + "'; use one of "
                + String.join(", ", names()) + ".");
    }
}
