package io.github.ecamaven.eca.model.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A WSDL enumeration with the first API version of each value. */
public final class EnumSpec {

    private final String name;
    private final Map<String, ApiVersion> values;

    EnumSpec(String name, Map<String, ApiVersion> values) {
        this.name = name;
        this.values = new LinkedHashMap<>(values);
    }

    public String name() {
        return name;
    }

    public List<String> values() {
        return List.copyOf(values.keySet());
    }

    public boolean contains(String value) {
        return values.containsKey(value);
    }

    /** First version of {@code value}, or {@code null} when it is not a value of this enum. */
    public ApiVersion since(String value) {
        return values.get(value);
    }
}
