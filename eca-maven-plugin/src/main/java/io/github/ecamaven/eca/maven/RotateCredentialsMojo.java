package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.maven.internal.EcaConfigurator;
import io.github.ecamaven.eca.config.PropertyNames;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rotates the consumer key and secret of one Local External Client App (or of a Packaged one in its source org: every
 * linked org switches with it) without downtime: stages a new pair in the
 * org, puts it into the destination (Nango or the env file) and reads it back, then promotes it. Progress is kept in
 * {@code target/eca/rotation.json} (ids and salted digests, never a secret); a rerun, and every answer that leaves
 * open whether a request took effect, reads what the org and the destination hold and goes on from there. A promotion
 * that took effect is finished; otherwise a failure restores the destination first and then deletes the staged pair.
 * A rerun keeps the destination the rotation began with.
 *
 * @since 0.1.0
 */
@Mojo(name = "rotate-credentials", configurator = EcaConfigurator.HINT, threadSafe = true)
public class RotateCredentialsMojo extends AbstractCredentialsMojo {

    /**
     * Revoke the old pair right after the promotion instead of leaving it valid for Salesforce's grace period.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ROTATE_CREDENTIALS_REVOKE_OLD, defaultValue = "false")
    private String revokeOld;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ROTATE_CREDENTIALS_SKIP, defaultValue = "false")
    private String skipRotateCredentials;

    @Override
    protected String goalName() {
        return "rotate-credentials";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipRotateCredentials", skipRotateCredentials, PropertyNames.ROTATE_CREDENTIALS_SKIP);
    }

    @Override
    protected void run() throws Exception {
        var request = request(flag(revokeOld, PropertyNames.ROTATE_CREDENTIALS_REVOKE_OLD));
        goals().rotate(request);
    }
}
