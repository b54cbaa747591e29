package io.github.ecamaven.eca.doctor;

import java.time.Duration;

/**
 * What doctor assumes where no documentation or live org tells; each in one place, so a finding from a live org
 * changes one line.
 */
final class DoctorAssumptions {

    /**
     * Assumption: Nango's {@code salesforce} and {@code salesforce-sandbox} providers send an S256 code challenge on
     * every authorize request (Nango's OAuth2 flow uses PKCE unless a provider turns it off, and these two do not).
     */
    static final boolean NANGO_SENDS_PKCE = true;

    /**
     * How long a change to an app or its consumer takes to reach every Salesforce server: the documentation says
     * changes are "distributed globally within 15 minutes".
     */
    static final Duration PROPAGATION = Duration.ofMinutes(15);

    /**
     * Assumption: the sObjects that carry the {@code LastModifiedDate} of an External Client App and of its global
     * OAuth settings (the consumer) are queryable by {@code DeveloperName} with the same names as their metadata
     * types. An org that answers otherwise makes {@code timing.propagation} answer "?".
     */
    static final String LAST_MODIFIED_QUERY =
            "SELECT DeveloperName, LastModifiedDate FROM %s WHERE DeveloperName = '%s'";

    private DoctorAssumptions() {}
}
