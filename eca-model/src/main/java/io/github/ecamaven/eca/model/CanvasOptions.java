package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code CanvasOptions}; constants are spelt exactly as in the XML. */
@XmlType(name = "CanvasOptions")
@XmlEnum
public enum CanvasOptions {
    HideShare,
    HideHeader,
    PersonalEnabled;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static CanvasOptions fromValue(String v) {
        for (CanvasOptions c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
