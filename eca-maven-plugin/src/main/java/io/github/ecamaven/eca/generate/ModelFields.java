package io.github.ecamaven.eca.generate;

import java.lang.reflect.Field;

/** Reads and sets model fields by element name (the JAXB classes name their fields after the elements). */
final class ModelFields {

    private ModelFields() {}

    static Object get(Object model, String element) {
        try {
            return field(model.getClass(), element).get(model);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Object model, String element, Object value) {
        try {
            field(model.getClass(), element).set(model, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String element) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(element);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no field " + element);
    }

    /** The value as the XML text would show it; null when absent. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
