package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.credentials.OrgCredentialsApi.AppCredentials;
import io.github.ecamaven.eca.sf.SfCliException;

/**
 * Where eca:credentials and eca:rotate-credentials put an app's key and secret ({@code eca.credentialsDestination}).
 */
public interface Destination {

    /** For messages and rotation.json: {@code Nango integration 'salesforce' at https://api.nango.dev}. */
    String describe();

    /** Whether it needs the consumer secret (the console shows only the key). */
    boolean needsSecret();

    /**
     * Checks that the destination can take the pair (reachable, key accepted, current state readable) before
     * anything is read from the org.
     */
    default void preflight() throws CredentialsException {
    }

    /** Puts the pair there when it differs from what is there; returns one line saying what changed. */
    String deliver(AppCredentials credentials) throws CredentialsException, SfCliException;

    /** Reads the pair back and fails when it is not {@code credentials} (compared, never printed). */
    void confirm(AppCredentials credentials) throws CredentialsException;

    /** Removes what {@link #deliver} created. */
    void remove() throws CredentialsException;

    /**
     * The pair it holds now (the secret only compared, never shown), or null when it holds none. A rotation decides
     * every step from this and the org's pairs.
     */
    default AppCredentials held() throws CredentialsException {
        return null;
    }

    /** The options that name this destination on a command line, e.g. {@code -Deca.credentialsDestination=nango …}. */
    default String commandLine() {
        return "";
    }

    /** Constant-time comparison of two secrets, null-safe. */
    static boolean sameSecret(io.github.ecamaven.eca.sf.Secret a, io.github.ecamaven.eca.sf.Secret b) {
        if (a == null || b == null) {
            return a == b;
        }
        return java.security.MessageDigest.isEqual(a.reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
