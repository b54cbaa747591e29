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
 * @param documentedUntil the last WSDL that documents the element when later ones dropped it although orgs still
 *     emit it on retrieve (a reader keeps it, a linter never rejects it); null while the WSDL documents it
 * @param emittedFrom the first API version at which orgs are seen to emit the element, when that is earlier than
 *     the WSDL's {@code since}; otherwise equal to {@code since}
 */
public record FieldSpec(
        String name, ValueKind kind, String valueType, boolean required, boolean repeated, ApiVersion since, int order,
        ApiVersion documentedUntil, ApiVersion emittedFrom) {

    public FieldSpec(String name, ValueKind kind, String valueType, boolean required, boolean repeated,
            ApiVersion since, int order) {
        this(name, kind, valueType, required, repeated, since, order, null, since);
    }

    /** Whether orgs emit the element at {@code version} although the WSDL of that version lacks it. */
    public boolean emittedBeyondWsdl(ApiVersion version) {
        return !availableIn(version) && !version.isBefore(emittedFrom)
                || documentedUntil != null && documentedUntil.isBefore(version);
    }

    /** Whether later WSDLs dropped the element although orgs still emit it. */
    public boolean retiredFromWsdl() {
        return documentedUntil != null;
    }

    /** Whether a file at {@code version} may contain this element. */
    public boolean availableIn(ApiVersion version) {
        return !version.isBefore(since);
    }
}
