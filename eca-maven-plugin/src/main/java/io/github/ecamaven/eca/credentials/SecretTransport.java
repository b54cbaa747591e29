package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.model.values.SalesforceValues;
import java.net.URI;

/**
 * Where the credentials goals may send a secret (Nango's API key, a consumer secret, the org's session): over https
 * to any host, over plain http only to this machine ({@link SalesforceValues#isLoopbackHost}).
 */
final class SecretTransport {

    private SecretTransport() {}

    static boolean allows(URI uri) {
        String scheme = uri.getScheme();
        if (uri.getHost() == null || scheme == null) {
            return false;
        }
        return scheme.equalsIgnoreCase("https")
                || scheme.equalsIgnoreCase("http") && SalesforceValues.isLoopbackHost(uri.getHost());
    }
}
