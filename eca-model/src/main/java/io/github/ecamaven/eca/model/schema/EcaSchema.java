package io.github.ecamaven.eca.model.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows, per type and element, the XML order, the value kind, whether it is required or repeated
 * (all read from the JAXB model classes) and the first API version that has it (the since table,
 * {@link EcaSchemaData}). The validator, the generator and the Connected App converter read them from here.
 */
public final class EcaSchema {

    static final FieldSpec FULL_NAME =
            new FieldSpec("fullName", ValueKind.STRING, "string", false, false, ApiVersion.of(10), -1);

    static final FieldSpec MODULE =
            new FieldSpec("module", ValueKind.STRING, "string", false, false, ApiVersion.of(66), -1);

    private static final Map<String, TypeSpec> TYPES = new LinkedHashMap<>();
    private static final Map<String, EnumSpec> ENUMS = new LinkedHashMap<>();

    static {
        EcaSchemaData.define(new Builder());
    }

    private EcaSchema() {}

    /** The type, or {@code null} when the model does not know it. */
    public static TypeSpec type(String name) {
        return TYPES.get(name);
    }

    public static Collection<TypeSpec> types() {
        return Collections.unmodifiableCollection(TYPES.values());
    }

    /**
     * The first API version that has the element at {@code path} below type {@code typeName} ({@code a/b} for
     * element b of the complex element a): the latest version along the path. Null for an unknown path.
     */
    public static ApiVersion since(String typeName, String path) {
        TypeSpec t = type(typeName);
        ApiVersion latest = null;
        for (String step : path.split("/")) {
            FieldSpec f = t == null ? null : t.field(step);
            if (f == null) {
                return null;
            }
            latest = latest == null || latest.isBefore(f.since()) ? f.since() : latest;
            t = f.kind() == ValueKind.COMPLEX ? type(f.valueType()) : null;
        }
        return latest;
    }

    /** The enum, or {@code null}. */
    public static EnumSpec enumType(String name) {
        return ENUMS.get(name);
    }

    public static Collection<EnumSpec> enums() {
        return Collections.unmodifiableCollection(ENUMS.values());
    }

    /** Fills the tables; only {@link EcaSchemaData} calls it. */
    static final class Builder {
        private TypeSpec current;

        /**
         * An enum: the first API version of each value. When the model has the enum class, its constants are the
         * value list and the table must date each of them.
         */
        Builder enumType(String name, String... valueSincePairs) {
            Map<String, ApiVersion> values = new LinkedHashMap<>();
            for (int i = 0; i < valueSincePairs.length; i += 2) {
                values.put(valueSincePairs[i], ApiVersion.parse(valueSincePairs[i + 1]));
            }
            List<String> constants = JaxbFields.enumValues(name);
            if (constants != null && !constants.equals(List.copyOf(values.keySet()))) {
                throw new IllegalStateException("enum " + name + ": the since table dates " + values.keySet()
                        + " but the model enum has " + constants);
            }
            ENUMS.put(name, new EnumSpec(name, values));
            return this;
        }

        private List<JaxbFields.Element> jaxb;

        /**
         * A type: its elements (order, kind, required, repeated) come from its model class, each with the type's
         * own version until {@link #since} says otherwise.
         */
        Builder type(String name, boolean metadata, String since) {
            current = new TypeSpec(name, metadata, ApiVersion.parse(since));
            TYPES.put(name, current);
            jaxb = JaxbFields.elements(JaxbFields.modelClass(name));
            for (JaxbFields.Element e : jaxb) {
                current.add(new FieldSpec(e.name(), e.kind(), e.valueType(), e.required(), e.repeated(),
                        current.since(), current.fieldNames().size()));
            }
            return this;
        }

        /**
         * Orgs emit files of the current type on retrieve from {@code version} on, earlier than the WSDL dates the
         * type (a linter warns there instead of rejecting the file).
         */
        Builder typeEmittedFrom(String version) {
            current.emittedFrom(ApiVersion.parse(version));
            return this;
        }

        /** The first API version that has element {@code name} of the current type. */
        Builder since(String name, String version) {
            FieldSpec f = current.field(name);
            if (f == null || "fullName".equals(name)) {
                throw new IllegalStateException(current.name() + " has no element " + name + " in its model class");
            }
            current.add(new FieldSpec(f.name(), f.kind(), f.valueType(), f.required(), f.repeated(),
                    ApiVersion.parse(version), f.order(), f.documentedUntil(), ApiVersion.parse(version)));
            lastName = name;
            return this;
        }

        private String lastName;


        /**
         * The last field was documented by the WSDL up to {@code lastDocumented} only, but orgs still emit it.
         */
        Builder documentedUntil(String lastDocumented) {
            FieldSpec f = last();
            current.add(new FieldSpec(f.name(), f.kind(), f.valueType(), f.required(), f.repeated(), f.since(),
                    f.order(), ApiVersion.parse(lastDocumented), f.emittedFrom()));
            return this;
        }

        /** Orgs emit the last field on retrieve from {@code version} on, earlier than the WSDL dates it. */
        Builder emittedFrom(String version) {
            FieldSpec f = last();
            current.add(new FieldSpec(f.name(), f.kind(), f.valueType(), f.required(), f.repeated(), f.since(),
                    f.order(), f.documentedUntil(), ApiVersion.parse(version)));
            return this;
        }

        private FieldSpec last() {
            return current.field(lastName);
        }
    }
}
