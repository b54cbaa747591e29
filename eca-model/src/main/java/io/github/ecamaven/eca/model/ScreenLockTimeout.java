package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code ScreenLockTimeout}; constants are spelt exactly as in the XML. */
@XmlType(name = "ScreenLockTimeout")
@XmlEnum
public enum ScreenLockTimeout {
    Never,
    One,
    Five,
    Ten,
    Thirty,
    Sixty,
    OneTwenty,
    OneEighty,
    TwoForty;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static ScreenLockTimeout fromValue(String v) {
        for (ScreenLockTimeout c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
