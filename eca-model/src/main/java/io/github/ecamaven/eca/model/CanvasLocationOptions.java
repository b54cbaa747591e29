package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code CanvasLocationOptions}; constants are spelt exactly as in the XML. */
@XmlType(name = "CanvasLocationOptions")
@XmlEnum
public enum CanvasLocationOptions {
    None,
    Chatter,
    UserProfile,
    Visualforce,
    Aura,
    Publisher,
    ChatterFeed,
    ServiceDesk,
    OpenCTI,
    AppLauncher,
    MobileNav,
    PageLayout;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static CanvasLocationOptions fromValue(String v) {
        for (CanvasLocationOptions c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
