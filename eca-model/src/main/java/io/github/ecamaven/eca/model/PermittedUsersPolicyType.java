package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code PermittedUsersPolicyType}; constants are spelt exactly as in the XML. */
@XmlType(name = "PermittedUsersPolicyType")
@XmlEnum
public enum PermittedUsersPolicyType {
    AllSelfAuthorized,
    AdminApprovedPreAuthorized;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static PermittedUsersPolicyType fromValue(String v) {
        for (PermittedUsersPolicyType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
