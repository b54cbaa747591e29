package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code ApplePushEnvironmentType}; constants are spelt exactly as in the XML. */
@XmlType(name = "ApplePushEnvironmentType")
@XmlEnum
public enum ApplePushEnvironmentType {
    Sandbox,
    Production;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static ApplePushEnvironmentType fromValue(String v) {
        for (ApplePushEnvironmentType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
