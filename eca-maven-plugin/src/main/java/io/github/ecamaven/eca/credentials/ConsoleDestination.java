package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.credentials.OrgCredentialsApi.AppCredentials;

/** The build log: shows the consumer key only; the secret is never read for it. */
public final class ConsoleDestination implements Destination {

    private final String app;

    public ConsoleDestination(String app) {
        this.app = app;
    }

    @Override
    public String describe() {
        return "the console";
    }

    @Override
    public boolean needsSecret() {
        return false;
    }

    @Override
    public String deliver(AppCredentials c) {
        return "Consumer key of " + app + ": " + c.key() + " (the secret is never printed; hand both over with"
                + " -D" + PropertyNames.CREDENTIALS_DESTINATION + "=nango or env-file)";
    }

    @Override
    public void confirm(AppCredentials c) {
        // nothing to read back
    }

    @Override
    public void remove() {
        // nothing was written
    }
}
