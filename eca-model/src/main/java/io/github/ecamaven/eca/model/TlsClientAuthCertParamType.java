package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code TlsClientAuthCertParamType}; constants are spelt exactly as in the XML. */
@XmlType(name = "TlsClientAuthCertParamType")
@XmlEnum
public enum TlsClientAuthCertParamType {
    tls_client_auth_subject_dn,
    tls_client_auth_san_dns,
    tls_client_auth_san_uri,
    tls_client_auth_san_ip,
    tls_client_auth_san_email,
    tls_client_auth_san_spiffe;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static TlsClientAuthCertParamType fromValue(String v) {
        for (TlsClientAuthCertParamType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
