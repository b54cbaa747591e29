package io.github.ecamaven.eca.model.schema;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;

/**
 * The element facts the JAXB model classes already state: XML order ({@code propOrder}), required
 * ({@code @XmlElement(required)}), repeated (a {@code List}) and the value type. {@link EcaSchema} takes them from
 * here, so the since table adds only what the classes cannot say: the first API version.
 */
final class JaxbFields {

    /** The model classes live in one package, each named like its WSDL type. */
    static final String MODEL_PACKAGE = "io.github.ecamaven.eca.model.";

    /** One element as the model class declares it. */
    record Element(String name, ValueKind kind, String valueType, boolean required, boolean repeated) {}

    private JaxbFields() {}

    /** The model class of WSDL type {@code typeName}. */
    static Class<?> modelClass(String typeName) {
        try {
            return Class.forName(MODEL_PACKAGE + typeName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no model class for the schema type " + typeName, e);
        }
    }

    /** The elements of {@code type} in XML order. */
    static List<Element> elements(Class<?> type) {
        XmlType xt = type.getAnnotation(XmlType.class);
        if (xt == null) {
            throw new IllegalStateException(type + " has no @XmlType");
        }
        List<Element> out = new ArrayList<>();
        for (String property : xt.propOrder()) {
            Field f = field(type, property);
            XmlElement xe = f.getAnnotation(XmlElement.class);
            String name = xe == null || "##default".equals(xe.name()) ? property : xe.name();
            boolean repeated = List.class.isAssignableFrom(f.getType());
            Class<?> value = repeated
                    ? (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0]
                    : f.getType();
            out.add(new Element(name, kind(value), valueType(value), xe != null && xe.required(), repeated));
        }
        return out;
    }

    /** The value set of an enum model class: its XML names in declaration order, or null when there is none. */
    static List<String> enumValues(String enumName) {
        Class<?> c;
        try {
            c = Class.forName(MODEL_PACKAGE + enumName);
        } catch (ClassNotFoundException e) {
            return null; // an enum of a type the model does not generate
        }
        if (!c.isEnum()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Field f : c.getFields()) {
            if (f.isEnumConstant()) {
                jakarta.xml.bind.annotation.XmlEnumValue v = f.getAnnotation(jakarta.xml.bind.annotation.XmlEnumValue.class);
                out.add(v != null ? v.value() : f.getName());
            }
        }
        return out;
    }

    private static Field field(Class<?> type, String property) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(property);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " lists " + property + " in propOrder but has no field");
    }

    private static ValueKind kind(Class<?> c) {
        if (c == String.class) {
            return ValueKind.STRING;
        }
        if (c == Boolean.class || c == boolean.class) {
            return ValueKind.BOOLEAN;
        }
        if (c == Integer.class || c == int.class) {
            return ValueKind.INT;
        }
        return c.isEnum() ? ValueKind.ENUM : ValueKind.COMPLEX;
    }

    private static String valueType(Class<?> c) {
        return switch (kind(c)) {
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case INT -> "int";
            case ENUM -> {
                XmlEnum xe = c.getAnnotation(XmlEnum.class);
                XmlType xt = c.getAnnotation(XmlType.class);
                yield xt != null && !"##default".equals(xt.name()) ? xt.name() : c.getSimpleName();
            }
            case COMPLEX -> {
                XmlType xt = c.getAnnotation(XmlType.class);
                yield xt != null && !"##default".equals(xt.name()) ? xt.name() : c.getSimpleName();
            }
        };
    }
}
