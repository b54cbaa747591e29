package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code ExtlClntAppSamlBindingType}; constants are spelt exactly as in the XML. */
@XmlType(name = "ExtlClntAppSamlBindingType")
@XmlEnum
public enum ExtlClntAppSamlBindingType {
    RedirectBinding,
    PostBinding;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static ExtlClntAppSamlBindingType fromValue(String v) {
        for (ExtlClntAppSamlBindingType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
