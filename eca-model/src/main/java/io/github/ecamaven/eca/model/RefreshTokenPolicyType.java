package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce Metadata enum {@code RefreshTokenPolicyType}; constants are spelt exactly as in the XML. */
@XmlType(name = "RefreshTokenPolicyType")
@XmlEnum
public enum RefreshTokenPolicyType {
    Infinite,
    Zero,
    SpecificLifetime,
    SpecificInactivity;

    /** Whether refresh tokens under this policy expire after {@code refreshTokenValidityPeriod} units. */
    public boolean isTimed() {
        return this == SpecificLifetime || this == SpecificInactivity;
    }

    /** The policies that take a period and a unit. */
    public static RefreshTokenPolicyType[] timed() {
        return java.util.Arrays.stream(values()).filter(RefreshTokenPolicyType::isTimed)
                .toArray(RefreshTokenPolicyType[]::new);
    }

    /** The XML spelling. */
    public String value() {
        return name();
    }

    /** Parses the XML spelling; {@code null} when it is not a value of this enum. */
    public static RefreshTokenPolicyType fromValue(String v) {
        for (RefreshTokenPolicyType c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        return null;
    }
}
