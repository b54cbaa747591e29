package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.maven.internal.EcaConfigurator;
import io.github.ecamaven.eca.config.PropertyNames;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads the consumer key and secret of a Local External Client App (or of a Packaged one in its source org, whose
 * consumer every linked and installed org shares) through the org's OAuth credentials REST API (with the login sf
 * holds for the org) and hands them over: to a Nango integration (created with the provider that fits the org, or
 * updated only when the key, secret or scopes differ), to an owner-only env file, or the key alone to the console. The
 * secret never appears in the log. Works on one app; refused while a rotation of that app is pending (finish it with
 * eca:rotate-credentials).
 *
 * @since 0.1.0
 */
@Mojo(name = "credentials", configurator = EcaConfigurator.HINT, threadSafe = true)
public class CredentialsMojo extends AbstractCredentialsMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CREDENTIALS_SKIP, defaultValue = "false")
    private String skipCredentials;

    @Override
    protected String goalName() {
        return "credentials";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipCredentials", skipCredentials, PropertyNames.CREDENTIALS_SKIP);
    }

    @Override
    protected void run() throws Exception {
        var request = request(false);
        goals().handOver(request);
    }
}
