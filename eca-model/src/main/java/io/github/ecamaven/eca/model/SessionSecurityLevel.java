package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code SessionSecurityLevel}; constants are spelt exactly as in the XML. */
@XmlType(name = "SessionSecurityLevel")
@XmlEnum
public enum SessionSecurityLevel {
    LOW,
    STANDARD,
    HIGH_ASSURANCE;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static SessionSecurityLevel fromValue(String v) {
        for (SessionSecurityLevel c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
