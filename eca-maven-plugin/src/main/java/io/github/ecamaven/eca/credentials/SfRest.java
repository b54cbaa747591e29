package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.sf.OrgIdentity;
import io.github.ecamaven.eca.sf.SfCliException;

/**
 * The Salesforce REST calls of the credentials goals, made with the login sf holds for the org (the user never hands
 * the plugin a token). Any HTTP status comes back as a {@link Response}; only failures before an answer (sf missing,
 * not logged in, org unreachable) throw.
 */
public interface SfRest {

    /** One HTTP answer. The body may hold a consumer secret: never log it. */
    record Response(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return "HTTP " + status; // the body may hold a secret
        }
    }

    /**
     * Sends {@code method} to {@code path} ({@code services/data/v65.0/...}); {@code jsonBody} null for GET.
     *
     * @throws CredentialsException sf ran but got no HTTP answer (not logged in, org unreachable)
     */
    Response send(String method, String path, String jsonBody) throws SfCliException, CredentialsException;

    /** The newest API version the org offers ({@code 67.0}), or null when unknown. */
    default String orgApiVersion() throws SfCliException, CredentialsException {
        return null;
    }

    /** Who the org is (its id above all), as read when the session was opened; null when unknown. */
    default OrgIdentity identity() throws SfCliException, CredentialsException {
        return null;
    }
}
