package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code ExtlClntAppNameIdFormatType}; constants are spelt exactly as in the XML. */
@XmlType(name = "ExtlClntAppNameIdFormatType")
@XmlEnum
public enum ExtlClntAppNameIdFormatType {
    Unspecified,
    EmailAddress,
    Persistent,
    Transient;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static ExtlClntAppNameIdFormatType fromValue(String v) {
        for (ExtlClntAppNameIdFormatType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
