package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code ExtlClntAppSamlEncryptType}; constants are spelt exactly as in the XML. */
@XmlType(name = "ExtlClntAppSamlEncryptType")
@XmlEnum
public enum ExtlClntAppSamlEncryptType {
    AES_128,
    AES_256;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static ExtlClntAppSamlEncryptType fromValue(String v) {
        for (ExtlClntAppSamlEncryptType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
