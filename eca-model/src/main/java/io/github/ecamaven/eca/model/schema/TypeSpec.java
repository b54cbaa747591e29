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
    private ApiVersion emittedFrom;
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

    /**
     * The first API version at which orgs are seen to emit files of the type on retrieve, when that is earlier than
     * the WSDL's {@link #since}; null otherwise.
     */
    public ApiVersion emittedFrom() {
        return emittedFrom;
    }

    void emittedFrom(ApiVersion version) {
        this.emittedFrom = version;
    }

    /** Whether orgs emit files of the type at {@code version} although the WSDL of that version lacks it. */
    public boolean emittedBeyondWsdl(ApiVersion version) {
        return version.isBefore(since) && emittedFrom != null && !version.isBefore(emittedFrom);
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
