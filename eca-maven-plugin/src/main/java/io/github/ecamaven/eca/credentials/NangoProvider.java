package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The Nango provider of a Salesforce integration: {@code salesforce} for a production or developer org,
 * {@code salesforce-sandbox} for a sandbox (Nango sends the user to the sandbox login host). The one place of these
 * names: eca:credentials creates an integration with it, eca:credentials and eca:rotate-credentials refuse an
 * integration of the other one, and eca:doctor checks that an integration's provider fits its org.
 */
public enum NangoProvider {

    SALESFORCE("salesforce"),
    SALESFORCE_SANDBOX("salesforce-sandbox");

    private final String id;

    NangoProvider(String id) {
        this.id = id;
    }

    /** The provider's name in Nango's API ({@code provider} of an integration). */
    public String id() {
        return id;
    }

    /** The provider for an org: {@code salesforce-sandbox} when {@code sandbox}, else {@code salesforce}. */
    public static NangoProvider forOrg(boolean sandbox) {
        return sandbox ? SALESFORCE_SANDBOX : SALESFORCE;
    }

    /** Whether this provider fits an org that is ({@code sandbox}) or is not a sandbox. */
    public boolean fits(boolean sandbox) {
        return this == forOrg(sandbox);
    }

    /** The provider named {@code id} in Nango, or null when it is none of the Salesforce providers. */
    public static NangoProvider ofId(String id) {
        for (NangoProvider p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The provider {@value PropertyNames#NANGO_PROVIDER} names; null when it is empty (detect it from the org).
     *
     * @throws ConfigurationException naming the property and the providers when the value is none of them
     */
    public static NangoProvider named(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        NangoProvider p = ofId(value.strip().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new ConfigurationException(PropertyNames.describe(PropertyNames.NANGO_PROVIDER) + " is '"
                    + value.strip() + "'; use one of " + String.join(", ", ids()) + ", or leave it empty to take the"
                    + " one that fits the org (" + SALESFORCE_SANDBOX.id + " for a sandbox)");
        }
        return p;
    }

    /** Every provider name, for messages. */
    public static java.util.List<String> ids() {
        return Arrays.stream(values()).map(NangoProvider::id).toList();
    }

    /**
     * The provider to use and why, for the log.
     *
     * @param provider the provider
     * @param reason e.g. {@code org 00D… is a sandbox} or {@code -Deca.nangoProvider}
     * @param explicit whether the user named it with {@value PropertyNames#NANGO_PROVIDER}
     */
    public record Choice(NangoProvider provider, String reason, boolean explicit) {

        /**
         * The choice for an org: {@code override} (from {@value PropertyNames#NANGO_PROVIDER}) when given, else the
         * provider that fits the org.
         *
         * @param sandbox whether the org is a sandbox ({@code Organization.IsSandbox}); only read without override
         * @param orgId the org's id for the reason, or null
         */
        public static Choice of(NangoProvider override, boolean sandbox, String orgId) {
            if (override != null) {
                return new Choice(override, "-D" + PropertyNames.NANGO_PROVIDER + "=" + override.id, true);
            }
            return new Choice(forOrg(sandbox), org(orgId) + (sandbox ? " is a sandbox" : " is not a sandbox"),
                    false);
        }

        private static String org(String orgId) {
            return orgId == null ? "the org" : "org " + orgId;
        }

        @Override
        public String toString() {
            return "Nango provider " + provider.id + " (" + reason + ")";
        }
    }
}
