package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.credentials.NangoClient.Integration;
import io.github.ecamaven.eca.credentials.NangoClient.OAuthClient;
import io.github.ecamaven.eca.credentials.OrgCredentialsApi.AppCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Nango integration of provider {@code salesforce} holding the app's key as {@code client_id}, its secret as
 * {@code client_secret} and its scopes. Idempotent: reads the integration first, creates it when missing, and
 * patches it only when the key, the secret or the scopes differ.
 */
public final class NangoDestination implements Destination {

    private static final Set<String> PROVIDERS = Set.of("salesforce", "salesforce-sandbox");

    private final NangoClient nango;
    private final String integration;
    private final String displayName;
    private final String scopes;

    /** @param scopes the app's OAuth scopes as Nango wants them: comma-separated, no spaces */
    public NangoDestination(NangoClient nango, String integration, String displayName, String scopes) {
        this.nango = nango;
        this.integration = integration;
        this.displayName = displayName;
        this.scopes = scopes;
    }

    @Override
    public String describe() {
        return "Nango integration '" + integration + "' at " + nango.baseUrl();
    }

    @Override
    public boolean needsSecret() {
        return true;
    }

    @Override
    public void preflight() throws CredentialsException {
        Optional<Integration> current = nango.get(integration);
        if (current.isPresent()) {
            differences(current.get(), new OAuthClient(null, null, scopes));
        }
    }

    @Override
    public String deliver(AppCredentials c) throws CredentialsException {
        OAuthClient wanted = new OAuthClient(c.key(), c.secret(), scopes);
        Optional<Integration> current = nango.get(integration);
        if (current.isEmpty()) {
            nango.create(integration, displayName, wanted);
            return "Created " + describe() + " (provider salesforce, client_id " + c.key() + ", scopes " + scopes + ")";
        }
        List<String> changed = differences(current.get(), wanted);
        if (changed.isEmpty()) {
            return describe() + " is up to date (client_id " + c.key() + ", scopes " + scopes + "); nothing changed";
        }
        nango.update(integration, wanted);
        return "Updated " + describe() + ": " + String.join(", ", changed) + " changed (client_id " + c.key()
                + ", scopes " + scopes + ")";
    }

    private List<String> differences(Integration current, OAuthClient wanted) throws CredentialsException {
        if (current.provider() != null && !PROVIDERS.contains(current.provider())) {
            throw new CredentialsException(describe() + " is for provider '" + current.provider() + "', not salesforce;"
                    + " name another integration with -D" + PropertyNames.NANGO_INTEGRATION + "=KEY.", false);
        }
        OAuthClient held = current.credentials();
        if (held == null || held.clientId() == null) {
            throw new CredentialsException("Nango sent integration '" + integration + "' (" + nango.baseUrl()
                    + ") without its credentials: the API key may"
                    + " not read them (scope environment:integrations:read_credentials missing), so the plugin cannot"
                    + " tell whether they are current and changes nothing. Give the key the scopes "
                    + NangoClient.KEY_SCOPES + ".", true);
        }
        List<String> out = new ArrayList<>();
        if (!Objects.equals(held.clientId(), wanted.clientId())) {
            out.add("client_id");
        }
        if (!Destination.sameSecret(held.clientSecret(), wanted.clientSecret())) {
            out.add("client_secret");
        }
        if (!Objects.equals(held.scopes() == null ? "" : held.scopes(), wanted.scopes() == null ? "" : wanted.scopes())) {
            out.add("scopes (were " + (held.scopes() == null || held.scopes().isEmpty() ? "none" : held.scopes()) + ")");
        }
        return out;
    }

    @Override
    public void confirm(AppCredentials c) throws CredentialsException {
        Optional<Integration> current = nango.get(integration);
        if (current.isEmpty()) {
            throw new CredentialsException(describe() + " is gone right after it was written.", true);
        }
        List<String> changed = differences(current.get(), new OAuthClient(c.key(), c.secret(), scopes));
        if (!changed.isEmpty()) {
            throw new CredentialsException(describe() + " does not hold the pair just written (" + String.join(", ",
                    changed) + " differ); another process may be changing it.", true);
        }
    }

    @Override
    public void remove() throws CredentialsException {
        nango.delete(integration);
    }

    @Override
    public AppCredentials held() throws CredentialsException {
        Optional<Integration> current = nango.get(integration);
        if (current.isEmpty()) {
            return null;
        }
        differences(current.get(), new OAuthClient(null, null, scopes)); // refuses another provider, no credentials
        OAuthClient c = current.get().credentials();
        return new AppCredentials(c.clientId(), c.clientSecret());
    }

    @Override
    public String commandLine() {
        return "-D" + PropertyNames.CREDENTIALS_DESTINATION + "=nango -D" + PropertyNames.NANGO_INTEGRATION + "="
                + integration + (NangoCallback.CLOUD_URL.equals(nango.baseUrl().toString()) ? ""
                : " -D" + PropertyNames.NANGO_URL + "=" + nango.baseUrl());
    }
}
