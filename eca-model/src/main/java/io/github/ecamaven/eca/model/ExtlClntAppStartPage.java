package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code ExtlClntAppStartPage}; constants are spelt exactly as in the XML. */
@XmlType(name = "ExtlClntAppStartPage")
@XmlEnum
public enum ExtlClntAppStartPage {
    None,
    Custom,
    OAuth,
    SAML;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static ExtlClntAppStartPage fromValue(String v) {
        for (ExtlClntAppStartPage c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
