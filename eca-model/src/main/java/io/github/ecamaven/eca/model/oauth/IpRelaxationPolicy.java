package io.github.ecamaven.eca.model.oauth;

/**
 * Documented values of the string element {@code ipRelaxationPolicyType}. Orgs return {@code Enforce_relaxrefresh};
 * the documentation spells it {@code Enforce_RelaxRefresh}; both are accepted.
 */
public enum IpRelaxationPolicy {
    Enforce("Enforce"),
    Bypass("Bypass"),
    Bypass_2factor("Bypass_2factor"),
    Enforce_relaxrefresh("Enforce_relaxrefresh");

    private final String xml;

    IpRelaxationPolicy(String xml) {
        this.xml = xml;
    }

    /** The spelling orgs return and we write. */
    public String xmlValue() {
        return xml;
    }

    /** Whether the policy lets a session skip the IP restrictions. */
    public boolean bypassesIpRestrictions() {
        return this == Bypass || this == Bypass_2factor;
    }

    /** Accepts both spellings of relax-refresh; null for anything else. */
    public static IpRelaxationPolicy fromXml(String text) {
        if (text == null) {
            return null;
        }
        if ("Enforce_RelaxRefresh".equals(text)) {
            return Enforce_relaxrefresh;
        }
        for (IpRelaxationPolicy p : values()) {
            if (p.xml.equals(text)) {
                return p;
            }
        }
        return null;
    }
}
