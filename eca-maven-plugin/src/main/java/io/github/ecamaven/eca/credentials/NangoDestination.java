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

/**
 * A Nango integration of a Salesforce provider ({@link NangoProvider}: the one that fits the org, or the one the user
 * named) holding the app's key as {@code client_id}, its secret as {@code client_secret} and its scopes. Idempotent:
 * reads the integration first, creates it when missing, and patches it only when the key, the secret or the scopes
 * differ. An integration of the other Salesforce provider is refused: its users would sign in at the wrong login host.
 */
public final class NangoDestination implements Destination {

    private final NangoClient nango;
    private final String integration;
    private final String displayName;
    private final String scopes;
    private final NangoProvider.Choice provider;

    /**
     * @param scopes the app's OAuth scopes as Nango wants them: comma-separated, no spaces
     * @param provider the provider to create the integration with, and the one an existing integration must have
     */
    public NangoDestination(NangoClient nango, String integration, String displayName, String scopes,
                            NangoProvider.Choice provider) {
        this.nango = nango;
        this.integration = integration;
        this.displayName = displayName;
        this.scopes = scopes;
        this.provider = provider;
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
            nango.create(integration, provider.provider(), displayName, wanted);
            return "Created " + describe() + " (provider " + provider.provider().id() + ", client_id " + c.key() + ", scopes " + scopes + ")";
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
        NangoProvider kind = NangoProvider.ofId(current.provider());
        if (current.provider() != null && kind == null) {
            throw new CredentialsException(describe() + " is for provider '" + current.provider() + "', not "
                    + String.join(" or ", NangoProvider.ids()) + "; name another integration with -D"
                    + PropertyNames.NANGO_INTEGRATION + "=KEY.", false);
        }
        if (kind != null && kind != provider.provider()) {
            throw new CredentialsException(describe() + " is for provider '" + kind.id() + "', but this needs '"
                    + provider.provider().id() + "' (" + provider.reason() + "); Nango would send its users to the"
                    + " login host of the other kind of org. Name another integration with -D"
                    + PropertyNames.NANGO_INTEGRATION + "=KEY (it is created with provider '" + provider.provider().id()
                    + "'), or, if '" + kind.id() + "' is right for this org, say so with -D"
                    + PropertyNames.NANGO_PROVIDER + "=" + kind.id() + ".", false);
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
