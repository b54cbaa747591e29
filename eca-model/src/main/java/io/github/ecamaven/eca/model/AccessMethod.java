package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code AccessMethod}; constants are spelt exactly as in the XML. */
@XmlType(name = "AccessMethod")
@XmlEnum
public enum AccessMethod {
    Get,
    Post;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static AccessMethod fromValue(String v) {
        for (AccessMethod c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
