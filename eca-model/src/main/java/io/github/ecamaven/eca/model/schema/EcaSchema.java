package io.github.ecamaven.eca.model.schema;

import java.util.List;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that knows, per type and element, the XML order, the value kind, whether it is required and the
 * first API version that has it. The validator gates elements by API version from here.
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

        Builder enumType(String name, String... valueSincePairs) {
            Map<String, ApiVersion> values = new LinkedHashMap<>();
            for (int i = 0; i < valueSincePairs.length; i += 2) {
                values.put(valueSincePairs[i], ApiVersion.parse(valueSincePairs[i + 1]));
            }
            ENUMS.put(name, new EnumSpec(name, values));
            return this;
        }

        Builder type(String name, boolean metadata, String since) {
            current = new TypeSpec(name, metadata, ApiVersion.parse(since));
            TYPES.put(name, current);
            return this;
        }

        Builder field(String name, ValueKind kind, String valueType, boolean required, boolean repeated, String since) {
            current.add(new FieldSpec(
                    name, kind, valueType, required, repeated, ApiVersion.parse(since), current.fieldNames().size()));
            return this;
        }

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
            List<String> names = current.fieldNames();
            return current.field(names.get(names.size() - 1));
        }
    }
}
