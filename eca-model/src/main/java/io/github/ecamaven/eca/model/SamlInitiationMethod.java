package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code SamlInitiationMethod}; constants are spelt exactly as in the XML. */
@XmlType(name = "SamlInitiationMethod")
@XmlEnum
public enum SamlInitiationMethod {
    None,
    IdpInitiated,
    SpInitiated;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static SamlInitiationMethod fromValue(String v) {
        for (SamlInitiationMethod c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
