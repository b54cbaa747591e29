package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code PolicyAction}; constants are spelt exactly as in the XML. */
@XmlType(name = "PolicyAction")
@XmlEnum
public enum PolicyAction {
    Block,
    RaiseSessionLevel,
    StepUpMFA;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static PolicyAction fromValue(String v) {
        for (PolicyAction c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
