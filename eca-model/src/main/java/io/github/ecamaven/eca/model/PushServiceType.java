package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code PushServiceType}; constants are spelt exactly as in the XML. */
@XmlType(name = "PushServiceType")
@XmlEnum
public enum PushServiceType {
    Apple,
    Android;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static PushServiceType fromValue(String v) {
        for (PushServiceType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
