package io.github.ecamaven.eca.model.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The element table of one metadata or nested type. */
public final class TypeSpec {

    private final String name;
    private final boolean metadata;
    private final ApiVersion since;
    private final Map<String, FieldSpec> fields = new LinkedHashMap<>();

    TypeSpec(String name, boolean metadata, ApiVersion since) {
        this.name = name;
        this.metadata = metadata;
        this.since = since;
    }

    void add(FieldSpec f) {
        fields.put(f.name(), f);
    }

    public String name() {
        return name;
    }

    /** First WSDL snapshot that has the type. */
    public ApiVersion since() {
        return since;
    }

    /** Fields in XML order; for file-level types without the inherited {@code fullName}. */
    public List<FieldSpec> fields() {
        return Collections.unmodifiableList(new ArrayList<>(fields.values()));
    }

    /** The field, or {@code null}; {@code fullName} is known on every file-level type. */
    public FieldSpec field(String elementName) {
        if (metadata && "fullName".equals(elementName)) {
            return EcaSchema.FULL_NAME;
        }
        if (metadata && "module".equals(elementName)) {
            return EcaSchema.MODULE;
        }
        return fields.get(elementName);
    }

    public List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    public List<FieldSpec> requiredFields() {
        return fields.values().stream().filter(FieldSpec::required).toList();
    }
}
