package io.github.ecamaven.eca.model.schema;

/**
 * One element of a metadata type.
 *
 * @param name element name
 * @param kind what its text must be
 * @param valueType WSDL type name: {@code string}, {@code boolean}, {@code int}, an enum or a nested type
 * @param required {@code minOccurs=1}
 * @param repeated {@code maxOccurs=unbounded}
 * @param since first API version that has the element
 * @param order position in the XML order of its type (0-based)
 */
public record FieldSpec(
        String name, ValueKind kind, String valueType, boolean required, boolean repeated, ApiVersion since, int order) {

    /** Whether a file at {@code version} may contain this element. */
    public boolean availableIn(ApiVersion version) {
        return !version.isBefore(since);
    }
}
