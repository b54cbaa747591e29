package io.github.ecamaven.eca.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The allowed values of a setting as a message or a page shows them, read from the model's enum, never copied as
 * text: {@code LOW, STANDARD, HIGH_ASSURANCE}; and the one lenient reading of such a value (any case, white space
 * around it).
 */
public final class Choices {

    private Choices() {}

    /** The names of {@code values}, in their order. */
    public static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().<String>map(Enum::name).toList();
    }

    /** {@code A, B, C}. */
    @SafeVarargs
    public static <E extends Enum<E>> String list(E... values) {
        return String.join(", ", names(Arrays.asList(values)));
    }

    /** {@code A, B or C}. */
    @SafeVarargs
    public static <E extends Enum<E>> String either(E... values) {
        List<String> names = names(Arrays.asList(values));
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** {@code A, B, C} in upper case: how Connected App metadata spells the same values. */
    @SafeVarargs
    public static <E extends Enum<E>> String upperCase(E... values) {
        return list(values).toUpperCase(Locale.ROOT);
    }

    /** The value of {@code allowed} whose name is {@code text} in any case and with white space around it, or null. */
    public static <E extends Enum<E>> E lenient(List<E> allowed, String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (E e : allowed) {
            if (e.name().equalsIgnoreCase(t)) {
                return e;
            }
        }
        return null;
    }
}
