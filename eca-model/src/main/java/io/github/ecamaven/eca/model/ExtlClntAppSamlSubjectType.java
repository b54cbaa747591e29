package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code ExtlClntAppSamlSubjectType}; constants are spelt exactly as in the XML. */
@XmlType(name = "ExtlClntAppSamlSubjectType")
@XmlEnum
public enum ExtlClntAppSamlSubjectType {
    Username,
    FederationId,
    UserId,
    SpokeId,
    CustomAttribute,
    PersistentId;

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static ExtlClntAppSamlSubjectType fromValue(String v) {
        for (ExtlClntAppSamlSubjectType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
