package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code ExtlClntAppSamlSignAlgoType}; constants are spelt exactly as in the XML. */
@XmlType(name = "ExtlClntAppSamlSignAlgoType")
@XmlEnum
public enum ExtlClntAppSamlSignAlgoType {
    SHA1,
    SHA256;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static ExtlClntAppSamlSignAlgoType fromValue(String v) {
        for (ExtlClntAppSamlSignAlgoType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
