package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code ExtlClntAppDistState}; constants are spelt exactly as in the XML. */
@XmlType(name = "ExtlClntAppDistState")
@XmlEnum
public enum ExtlClntAppDistState {
    Local,
    Packaged,
    Managed,
    AutoInstalled;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static ExtlClntAppDistState fromValue(String v) {
        for (ExtlClntAppDistState c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
