package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.credentials.OrgCredentialsApi.AppCredentials;
import io.github.ecamaven.eca.credentials.OrgCredentialsApi.OrgApp;
import io.github.ecamaven.eca.credentials.OrgCredentialsApi.Staged;
import io.github.ecamaven.eca.credentials.RotationState.Step;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.sf.SfCliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Zero-downtime rotation of a Local app's key and secret: stage a new pair in the org, hand it to the destination,
 * read it back, promote it; the old pair then stays valid for Salesforce's grace period (as a staged credential in
 * state {@code Rotated}) unless revoking is asked for. Both pairs work until the promotion, so the destination keeps
 * working at every step.
 *
 * <p>Any failure before the promotion deletes the staged pair and puts the org's primary pair back into the
 * destination (or removes the destination when the rotation created it). Each step is recorded in
 * {@link RotationState}; a run that finds an unfinished state resumes it while the staged pair is still active, and
 * rolls it back otherwise. A staged credential this plugin did not create is reported, never replaced.
 */
public final class Rotation {

    private static final String ROTATED = "Rotated";

    private final OrgCredentialsApi org;
    private final Destination destination;
    private final Path stateFile;
    private final String app;
    private final String targetOrg;
    private final EcaLog log;

    public Rotation(OrgCredentialsApi org, Destination destination, Path stateFile, String app, String targetOrg,
                    EcaLog log) {
        this.org = org;
        this.destination = destination;
        this.stateFile = stateFile;
        this.app = app;
        this.targetOrg = targetOrg == null ? "" : targetOrg;
        this.log = log;
    }

    /** Rotates (or resumes an interrupted rotation); returns the new consumer key. */
    public String rotate(boolean revokeOld) throws CredentialsException, SfCliException {
        RotationState saved = RotationState.read(stateFile);
        if (saved != null && (!saved.app().equals(app) || !saved.targetOrg().equals(targetOrg))) {
            throw new CredentialsException(stateFile + " records an unfinished rotation of " + saved.app() + " in "
                    + (saved.targetOrg().isEmpty() ? "sf's default org" : saved.targetOrg()) + " (step " + saved.step()
                    + "); run eca:rotate-credentials for that app and org first, so it resumes or rolls back.", false);
        }
        OrgApp a = org.app(app);
        String consumer = org.consumer(a);
        if (saved != null && saved.step() != Step.STARTED) {
            return resume(saved, a, consumer, revokeOld);
        }
        if (saved != null) {
            log.info("An earlier rotation of " + app + " stopped before staging anything; starting again.");
        }
        for (Staged s : org.staged(a, consumer)) {
            if (ROTATED.equalsIgnoreCase(s.state()) && revokeOld) {
                org.deleteStaged(a, consumer, s.id());
                log.info("Revoked the pair an earlier rotation left valid (staged credential " + s.id() + ", state "
                        + s.state() + ").");
            } else {
                throw new CredentialsException("The consumer of " + app + " already has a staged credential " + s.id()
                        + " (state " + s.state() + ", consumer key " + s.key() + "); Salesforce keeps one per consumer."
                        + (ROTATED.equalsIgnoreCase(s.state())
                        ? " It is the old pair of an earlier rotation, still valid for its grace period; revoke it with"
                        + " -D" + PropertyNames.ROTATE_CREDENTIALS_REVOKE_OLD
                        + "=true once nothing uses it, or wait until it expires."
                        : " Someone staged it outside this plugin; it is not replaced. Promote or delete it in Setup"
                        + " (External Client App Manager > " + app + " > Settings > Consumer Key and Secret)."), false);
            }
        }
        AppCredentials primary = org.credentials(a, consumer, true);
        RotationState state = new RotationState(app, targetOrg, a.identifier(), consumer, null, destination.describe(),
                destination.exists(), Step.STARTED, Instant.now().toString());
        state.write(stateFile);
        Staged staged;
        try {
            staged = org.stage(a, consumer);
        } catch (CredentialsException | SfCliException | RuntimeException e) {
            deleteState();
            throw e;
        }
        state = state.staged(staged.id());
        state.write(stateFile);
        log.info("Staged a new pair for " + app + " (staged credential " + staged.id() + ", consumer key " + staged.key()
                + ").");
        return forward(state, a, consumer, staged, primary, revokeOld);
    }

    private String resume(RotationState saved, OrgApp a, String consumer, boolean revokeOld)
            throws CredentialsException, SfCliException {
        log.info("Resuming the rotation of " + app + " recorded in " + stateFile + " (last step done: " + saved.step()
                + ", staged credential " + saved.stagedId() + ").");
        if (saved.step() == Step.PROMOTED) {
            return finish(a, consumer, revokeOld, null);
        }
        if (saved.step() == Step.ROLLING_BACK) {
            rollback(saved, a, consumer, null, null);
            return null;
        }
        Staged staged = org.stagedOne(a, consumer, saved.stagedId());
        if (staged == null || staged.secret() == null || !"Active".equalsIgnoreCase(staged.state())) {
            log.warn("The staged credential " + saved.stagedId() + " is " + (staged == null ? "gone" : "in state "
                    + staged.state()) + "; rolling the interrupted rotation back.");
            rollback(saved, a, consumer, null, null);
            return null;
        }
        return forward(saved, a, consumer, staged, null, revokeOld);
    }

    private String forward(RotationState state, OrgApp a, String consumer, Staged staged, AppCredentials primary,
                           boolean revokeOld) throws CredentialsException, SfCliException {
        AppCredentials next = new AppCredentials(staged.key(), staged.secret());
        try {
            if (state.step().compareTo(Step.DELIVERED) < 0) {
                log.info(destination.deliver(next));
                state = state.at(Step.DELIVERED);
                state.write(stateFile);
            }
            if (state.step().compareTo(Step.CONFIRMED) < 0) {
                destination.confirm(next);
                log.info("Read back: " + destination.describe() + " holds the new pair (compared, not printed).");
                state = state.at(Step.CONFIRMED);
                state.write(stateFile);
            }
            org.rotate(a, consumer, staged.id());
        } catch (CredentialsException | SfCliException | RuntimeException e) {
            rollback(state, a, consumer, primary, e);
        }
        state.at(Step.PROMOTED).write(stateFile);
        log.info("Promoted the staged pair: it is now the primary pair of " + app + " (consumer key " + staged.key()
                + ").");
        return finish(a, consumer, revokeOld, staged.key());
    }

    private String finish(OrgApp a, String consumer, boolean revokeOld, String newKey)
            throws CredentialsException, SfCliException {
        if (revokeOld) {
            List<Staged> rotated = org.staged(a, consumer).stream()
                    .filter(s -> ROTATED.equalsIgnoreCase(s.state())).toList();
            if (rotated.isEmpty()) {
                log.warn("No old pair (staged credential in state Rotated) to revoke for " + app + ".");
            }
            for (Staged s : rotated) {
                org.deleteStaged(a, consumer, s.id());
                log.info("Revoked the old pair (staged credential " + s.id() + ", consumer key " + s.key() + ").");
            }
        } else {
            log.info("The old pair stays valid for Salesforce's grace period (a staged credential in state Rotated);"
                    + " revoke it sooner with -D" + PropertyNames.ROTATE_CREDENTIALS_REVOKE_OLD + "=true.");
        }
        deleteState();
        return newKey;
    }

    /** Undoes a rotation that did not reach the promotion, then throws (the cause's message, or a summary). */
    private void rollback(RotationState state, OrgApp a, String consumer, AppCredentials primary, Exception cause)
            throws CredentialsException {
        RotationState rolling = state.at(Step.ROLLING_BACK);
        rolling.write(stateFile);
        List<String> problems = new ArrayList<>();
        try {
            if (state.stagedId() != null && org.deleteStaged(a, consumer, state.stagedId())) {
                log.info("Rollback: deleted the staged credential " + state.stagedId() + ".");
            }
        } catch (CredentialsException | SfCliException | RuntimeException e) {
            problems.add("deleting the staged credential " + state.stagedId() + " failed: " + e.getMessage());
        }
        try {
            if (state.destinationExisted()) {
                AppCredentials previous = primary != null ? primary : org.credentials(a, consumer, true);
                destination.deliver(previous);
                log.info("Rollback: " + destination.describe() + " holds the org's primary pair again (consumer key "
                        + previous.key() + ").");
            } else {
                destination.remove();
                log.info("Rollback: removed " + destination.describe() + ", which the rotation had created.");
            }
        } catch (CredentialsException | SfCliException | RuntimeException e) {
            problems.add("restoring " + destination.describe() + " failed: " + e.getMessage());
        }
        String why = cause == null ? "The interrupted rotation of " + app + " was rolled back"
                : "The rotation of " + app + " failed after step " + state.step() + " and was rolled back";
        String reason = cause == null ? "" : ": " + cause.getMessage();
        if (!problems.isEmpty()) {
            throw new CredentialsException(why.replace("was rolled back", "could not be rolled back completely") + reason
                    + " Rollback problems: " + String.join("; ", problems) + ". " + stateFile + " keeps the state; run"
                    + " eca:rotate-credentials again to finish the rollback.", true, cause);
        }
        deleteState();
        boolean environment = !(cause instanceof CredentialsException c) || c.isEnvironmentProblem();
        throw new CredentialsException(why + " (staged pair deleted, " + destination.describe() + " restored)" + reason
                + (cause == null ? " Run eca:rotate-credentials again to rotate." : ""), cause != null && environment,
                cause);
    }

    private void deleteState() throws CredentialsException {
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            throw new CredentialsException("Cannot delete " + stateFile + ": " + e.getMessage(), true, e);
        }
    }
}
