package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code ExtlClntAppManagedType}; constants are spelt exactly as in the XML. */
@XmlType(name = "ExtlClntAppManagedType")
@XmlEnum
public enum ExtlClntAppManagedType {
    Local,
    Global;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static ExtlClntAppManagedType fromValue(String v) {
        for (ExtlClntAppManagedType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
