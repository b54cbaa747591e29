package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code JWTSessionTimeoutType}; constants are spelt exactly as in the XML. */
@XmlType(name = "JWTSessionTimeoutType")
@XmlEnum
public enum JWTSessionTimeoutType {
    UserSession,
    Custom;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static JWTSessionTimeoutType fromValue(String v) {
        for (JWTSessionTimeoutType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
