package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.credentials.CredentialsGoals;
import io.github.ecamaven.eca.credentials.CredentialsRequest;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.sf.Secret;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What eca:credentials and eca:rotate-credentials share: the app and the destination; Nango's URL, integration and
 * API key come from {@link AbstractNangoMojo}.
 */
public abstract class AbstractCredentialsMojo extends AbstractNangoMojo {

    /**
     * API name of the one app whose key and secret are handed over or rotated ({@code -Deca.appNames=API_NAME}).
     * Empty means the app of {@code <apps>} when the plugin configuration declares exactly one; naming more than
     * one app is an error.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.APP_NAMES)
    protected List<String> appNames;

    /**
     * Where the key and secret go: {@code nango}, {@code env-file} or {@code console} (the key only). Empty means
     * {@code nango} when {@code eca.nangoIntegration} is set, else {@code console}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CREDENTIALS_DESTINATION, defaultValue = "")
    protected String credentialsDestination;

    /** Nango provider {@code salesforce} or {@code salesforce-sandbox}; empty: the one that fits the org.
     * @since 0.2.0 */
    @Parameter(property = PropertyNames.NANGO_PROVIDER, defaultValue = "")
    protected String nangoProvider;

    /**
     * The env file for {@code eca.credentialsDestination=env-file}. Empty means
     * {@code target/eca/credentials/<app>.env}. Refused inside a package directory, when git tracks it, and inside a
     * git work tree that does not ignore it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CREDENTIALS_FILE, defaultValue = "")
    protected File credentialsFile;

    protected CredentialsGoals goals() {
        return new CredentialsGoals(sfCli(), ecaLog());
    }

    /** The request; the Nango key is looked up only when Nango is the destination. */
    protected CredentialsRequest request(boolean revokeOld) throws MojoExecutionException {
        List<String> names = list(appNames, PropertyNames.APP_NAMES);
        if (names.size() > 1) {
            throw new ConfigurationException(PropertyNames.describe(PropertyNames.APP_NAMES) + " names " + names.size()
                    + " apps (" + String.join(", ", names) + "), but this goal works on one app; name one of them");
        }
        List<String> configured = apps == null ? List.of() : apps.stream().map(EcaApp::getName)
                .filter(n -> n != null && !n.isBlank()).toList();
        String integration = blankToNull(nangoIntegration);
        String destination = blankToNull(credentialsDestination);
        boolean nango = CredentialsRequest.NANGO.equals(destination) || destination == null && integration != null;
        String source = nangoKeySource();
        Secret key = nango ? nangoKey() : null;
        File file = credentialsFile == null || credentialsFile.getPath().isBlank() ? null : credentialsFile;
        return new CredentialsRequest(projectDirectory.toPath().toAbsolutePath(),
                buildDirectory().toPath().toAbsolutePath(),
                names.isEmpty() ? null : names.get(0), configured,
                        blankToNull(targetOrg), destination, integration,
                blankToNull(nangoUrl), key, source, file == null ? null : file.toPath(), revokeOld,
                blankToNull(sourceOrgId), blankToNull(nangoProvider), blankToNull(nangoCallbackUrl));
    }
}
