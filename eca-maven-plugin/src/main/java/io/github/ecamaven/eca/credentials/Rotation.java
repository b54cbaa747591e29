package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.Failures;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Zero-downtime rotation of a Local app's key and secret (or a Packaged app's, in its source org): stage a new pair
 * in the org, hand it to the destination, read it back, promote it; the old pair then stays valid for Salesforce's
 * grace period (as a staged credential in state {@code Rotated}) unless revoking is asked for.
 *
 * <p>The promise: at every moment the destination holds a pair the org accepts (its primary pair, or a staged pair
 * that is active or rotated and not yet expired). So every step is decided from what the org and the destination
 * hold, read before acting on a recorded {@link RotationState} and again after every request whose outcome is not a
 * plain refusal (5xx, timeout, broken connection), and compared as digests:
 * <ul>
 *   <li>a promotion that took effect is finished, never rolled back;</li>
 *   <li>the staged pair this rotation made is recognised by the id and digest recorded right after staging, or, when
 *       the staging request itself was cut off, by the staged slot having been empty when it was sent;</li>
 *   <li>a pair is revoked only with {@code revokeOld}, only once the destination holds the new primary pair;</li>
 *   <li>a rollback first gives the destination the org's primary pair and reads it back, and only then deletes the
 *       staged pair; when it cannot finish, it says what each side holds and the command that repairs it.</li>
 * </ul>
 * The destination recorded when the rotation began is binding for a resume.
 */
public final class Rotation {

    private static final String ROTATED = "Rotated";
    private static final String ACTIVE = "Active";
    /** More rounds than a rotation has steps: a safety net against a world that keeps changing under it. */
    private static final int MAX_ROUNDS = 12;

    private final OrgCredentialsApi org;
    private final Destination destination;
    private final Path stateFile;
    private final String app;
    private final String targetOrg;
    private final EcaLog log;
    private boolean shared;
    private OrgApp orgApp;
    private String consumer;

    /** What the org and the destination hold at one moment; {@code staged} and {@code held} null when empty. */
    record World(AppCredentials primary, Staged staged, AppCredentials held) {

        World withHeld(AppCredentials c) {
            return new World(primary, staged, c);
        }

        World withStaged(Staged s) {
            return new World(primary, s, held);
        }

        /** After a promotion: the staged pair is the primary one, the old one is staged as Rotated. */
        World promoted() {
            return new World(new AppCredentials(staged.key(), staged.secret()),
                    new Staged(staged.id(), ROTATED, primary.key(), primary.secret()), held);
        }
    }

    public Rotation(OrgCredentialsApi org, Destination destination, Path stateFile, String app, String targetOrg,
                    EcaLog log) {
        this.org = org;
        this.destination = destination;
        this.stateFile = stateFile;
        this.app = app;
        this.targetOrg = targetOrg == null ? "" : targetOrg;
        this.log = log;
    }

    /**
     * The app is Packaged and this org its source org: the consumer is the one every linked org shares (and every org
     * where the package is installed uses), so they all switch to the new pair with the promotion. The order is that
     * of a Local app (the destination holds the new pair before the promotion); the log says who switches.
     */
    public Rotation sharedConsumer(boolean shared) {
        this.shared = shared;
        return this;
    }

    /** What the log says of the orgs that share the consumer; empty for a Local app. */
    private String sharers() {
        return shared ? " Every linked org of " + app + " switches with it: they share this consumer; orgs where the"
                + " package is installed keep working, because they use the same consumer." : "";
    }

    /** The command that finishes a pending rotation of {@code app}. */
    static String command(String app, String targetOrg, String destinationCommand) {
        return "mvn eca:rotate-credentials -D" + PropertyNames.APP_NAMES + "=" + app
                + (targetOrg == null || targetOrg.isEmpty() ? "" : " -D" + PropertyNames.TARGET_ORG + "=" + targetOrg)
                + (destinationCommand == null || destinationCommand.isEmpty() ? "" : " " + destinationCommand);
    }

    private String command(RotationState s) {
        return command(app, targetOrg, s != null && !s.destinationCommand().isEmpty() ? s.destinationCommand()
                : destination.commandLine());
    }

    /** Rotates (or finishes an interrupted rotation); returns the new consumer key. */
    public String rotate(boolean revokeOld) throws CredentialsException, SfCliException {
        RotationState saved = RotationState.read(stateFile);
        if (saved != null && (!saved.app().equals(app) || !saved.targetOrg().equals(targetOrg))) {
            throw new CredentialsException(stateFile + " records an unfinished rotation of " + saved.app() + " in "
                    + (saved.targetOrg().isEmpty() ? "sf's default org" : saved.targetOrg()) + " (step " + saved.step()
                    + "); run eca:rotate-credentials for that app and org first, so it resumes or rolls back: "
                    + command(saved.app(), saved.targetOrg(), saved.destinationCommand()) + ".", false);
        }
        if (saved != null && !saved.destination().isEmpty() && !saved.destination().equals(destination.describe())) {
            throw new CredentialsException(stateFile + " records an unfinished rotation of " + app + " to "
                    + saved.destination() + ", but this run names " + destination.describe() + ". A rotation finishes"
                    + " where it began (the other destination would keep a pair that is later revoked); finish it"
                    + " with " + command(saved) + ", then rotate again for the other destination.", false);
        }
        orgApp = org.app(app);
        consumer = org.consumer(orgApp);
        if (shared) {
            log.info("Rotating the consumer of " + app + " in its source org, in the order of a Local app: "
                    + destination.describe() + " gets the new pair before the promotion." + sharers());
        }
        if (saved == null) {
            return start(revokeOld);
        }
        log.info("Resuming the rotation of " + app + " recorded in " + stateFile + " (last step done: " + saved.step()
                + ", staged credential " + saved.stagedId() + "); reading what the org and " + destination.describe()
                + " hold now.");
        World w = observe(saved, null);
        RotationState s = upgrade(saved, w);
        return switch (s.step()) {
            case STARTED -> staging(s, w, revokeOld);
            case ROLLING_BACK -> rollback(s, w, null, revokeOld);
            default -> drive(s, w, revokeOld);
        };
    }

    private String start(boolean revokeOld) throws CredentialsException, SfCliException {
        World w = observeNow();
        Staged s = w.staged();
        if (s != null) {
            if (ROTATED.equalsIgnoreCase(s.state()) && revokeOld) {
                if (same(w.held(), credentials(s))) {
                    throw new CredentialsException(destination.describe() + " holds the old pair of an earlier"
                            + " rotation (staged credential " + s.id() + ", consumer key " + s.key() + ", state "
                            + s.state() + "); revoking it would break it. Give it the primary pair first (eca:credentials"
                            + " -D" + PropertyNames.APP_NAMES + "=" + app + " with the same destination), then rotate.",
                            false);
                }
                org.deleteStaged(orgApp, consumer, s.id());
                log.info("Revoked the pair an earlier rotation left valid (staged credential " + s.id() + ", state "
                        + s.state() + ").");
                w = w.withStaged(null);
            } else {
                throw new CredentialsException("the consumer of " + app + " already has a staged credential " + s.id()
                        + " (state " + s.state() + ", consumer key " + s.key() + "); Salesforce keeps one per consumer."
                        + (ROTATED.equalsIgnoreCase(s.state())
                        ? " It is the old pair of an earlier rotation, still valid for its grace period; revoke it with"
                        + " -D" + PropertyNames.ROTATE_CREDENTIALS_REVOKE_OLD
                        + "=true once nothing uses it, or wait until it expires."
                        : " Someone staged it outside this plugin; it is not replaced. Promote or delete it in Setup"
                        + " (External Client App Manager > " + app + " > Settings > Consumer Key and Secret)."), false);
            }
        }
        RotationState state = RotationState.started(app, targetOrg, orgApp.identifier(), consumer, destination,
                w.held() != null, w.primary());
        state.write(stateFile);
        return staging(state, w, revokeOld);
    }

    /** At STARTED: the slot was empty when the state was written, so an active pair found there is this rotation's. */
    private String staging(RotationState s, World w, boolean revokeOld) throws CredentialsException, SfCliException {
        Staged found = w.staged();
        if (found != null) {
            if (adoptable(found)) {
                log.warn("The request that staged a new pair for " + app + " took effect before the run stopped;"
                        + " continuing with staged credential " + found.id() + " (consumer key " + found.key() + ").");
                return drive(record(s.staged(found.id(), found.key(), found.secret())), w, revokeOld);
            }
            deleteState();
            return start(revokeOld); // someone else's staged credential: reported there
        }
        Staged staged;
        try {
            staged = org.stage(orgApp, consumer);
        } catch (CredentialsException | SfCliException | RuntimeException e) {
            if (plainRefusal(e)) {
                deleteState();
                throw e;
            }
            World after = observe(s, e);
            if (after.staged() != null && adoptable(after.staged())) {
                Staged a = after.staged();
                log.warn("Staging answered '" + e.getMessage() + "' but took effect; continuing with staged credential "
                        + a.id() + " (consumer key " + a.key() + ").");
                return drive(record(s.staged(a.id(), a.key(), a.secret())), after, revokeOld);
            }
            deleteState(); // nothing of this rotation is in the org
            throw e;
        }
        s = record(s.staged(staged.id(), staged.key(), staged.secret()));
        log.info("Staged a new pair for " + app + " (staged credential " + staged.id() + ", consumer key " + staged.key()
                + ").");
        return drive(s, w.withStaged(new Staged(staged.id(), ACTIVE, staged.key(), staged.secret())), revokeOld);
    }

    private static boolean adoptable(Staged s) {
        return ACTIVE.equalsIgnoreCase(s.state()) && s.id() != null && s.key() != null && s.secret() != null;
    }

    /** Forward from what {@code w} shows: deliver, read back, promote; roll back when that cannot go on. */
    private String drive(RotationState s, World w, boolean revokeOld) throws CredentialsException, SfCliException {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (s.isNew(w.primary())) {
                return finish(s, w, revokeOld);
            }
            Staged ours = ours(s, w);
            if (ours == null) {
                log.warn("The staged credential " + s.stagedId() + " of this rotation is " + (w.staged() == null
                        ? "gone" : "not active any more (the staged slot holds " + w.staged().id() + ", state "
                        + w.staged().state() + ")") + "; rolling the rotation back.");
                return rollback(s, w, null, revokeOld);
            }
            AppCredentials next = credentials(ours);
            if (!s.isNew(w.held())) {
                try {
                    log.info(destination.deliver(next));
                    s = record(s.at(Step.DELIVERED));
                    destination.confirm(next);
                    log.info("Read back: " + destination.describe() + " holds the new pair (compared, not printed).");
                    s = record(s.at(Step.CONFIRMED));
                    w = w.withHeld(next);
                } catch (CredentialsException | SfCliException | RuntimeException e) {
                    World after = observe(s, e);
                    if (!s.isNew(after.held()) || ours(s, after) == null) {
                        return rollback(s, after, e, revokeOld);
                    }
                    log.warn(destination.describe() + " holds the new pair although the request answered '"
                            + e.getMessage() + "'; going on.");
                    s = record(s.at(Step.CONFIRMED));
                    w = after;
                }
                continue;
            }
            if (s.step().compareTo(Step.CONFIRMED) < 0) {
                s = record(s.at(Step.CONFIRMED)); // just read: it holds the new pair
            }
            try {
                org.rotate(orgApp, consumer, ours.id());
            } catch (CredentialsException | SfCliException | RuntimeException e) {
                World after = observe(s, e);
                if (!s.isNew(after.primary())) {
                    return rollback(s, after, e, revokeOld);
                }
                log.warn("The promotion answered '" + e.getMessage() + "' but took effect; a promotion that took effect"
                        + " is finished, never rolled back.");
                w = after;
                continue;
            }
            s = record(s.at(Step.PROMOTED));
            log.info("Promoted the staged pair: it is now the primary pair of " + app + " (consumer key " + ours.key()
                    + ")." + sharers());
            w = w.promoted();
        }
        throw pending(s, w, "what the org and " + destination.describe() + " hold kept changing while it ran", null);
    }

    /** The promotion took effect: the destination gets the new primary pair, then the old one is revoked if asked. */
    private String finish(RotationState s, World w, boolean revokeOld) throws CredentialsException, SfCliException {
        if (s.step() != Step.PROMOTED) {
            log.info("The org's primary pair of " + app + " is the new one (consumer key " + w.primary().key()
                    + "): the promotion took effect; finishing the rotation.");
            s = record(s.at(Step.PROMOTED));
        }
        if (!s.isNew(w.held())) {
            try {
                log.info(destination.deliver(w.primary()));
                destination.confirm(w.primary());
                w = w.withHeld(w.primary());
            } catch (CredentialsException | SfCliException | RuntimeException e) {
                World after = observe(s, e);
                if (!s.isNew(after.held())) {
                    throw pending(s, after, "putting the new primary pair into " + destination.describe() + " failed ("
                            + e.getMessage() + ")", e);
                }
                w = after;
            }
        }
        Staged old = w.staged();
        if (revokeOld) {
            if (old != null && ROTATED.equalsIgnoreCase(old.state())
                    && (old.id() != null && old.id().equals(s.stagedId()) || s.isOld(credentials(old)))) {
                try {
                    org.deleteStaged(orgApp, consumer, old.id());
                } catch (CredentialsException | SfCliException | RuntimeException e) {
                    World after = observe(s, e);
                    if (after.staged() != null && old.id().equals(after.staged().id())) {
                        throw pending(s, after, "revoking the old pair (staged credential " + old.id() + ") failed ("
                                + e.getMessage() + ")", e);
                    }
                }
                log.info("Revoked the old pair (staged credential " + old.id() + ", consumer key " + old.key() + ").");
            } else {
                log.warn("No old pair (staged credential in state Rotated) to revoke for " + app + ".");
            }
        } else {
            log.info("The old pair stays valid for Salesforce's grace period (a staged credential in state Rotated);"
                    + " revoke it sooner with -D" + PropertyNames.ROTATE_CREDENTIALS_REVOKE_OLD + "=true.");
        }
        deleteState();
        if (shared) {
            log.info("Rotated " + app + ": the consumer key is now " + w.primary().key() + " in its source org and in "
                    + destination.describe() + "." + sharers());
        }
        return w.primary().key();
    }

    /**
     * Undoes a rotation whose promotion did not take effect: the destination first (the org's primary pair, read
     * back; or removed when the rotation created it), the staged pair only after that; then throws. A promotion that
     * did take effect is finished instead.
     */
    private String rollback(RotationState s, World w, Exception cause, boolean revokeOld)
            throws CredentialsException, SfCliException {
        if (s.isNew(w.primary())) {
            log.warn("The promotion of staged credential " + s.stagedId() + " had taken effect: a promoted pair is"
                    + " finished, never rolled back.");
            return finish(s, w, revokeOld);
        }
        Step failedAfter = s.step() == Step.ROLLING_BACK ? null : s.step();
        if (s.step() != Step.ROLLING_BACK) {
            s = record(s.at(Step.ROLLING_BACK));
        }
        String restored = null;
        if (s.destinationExisted()) {
            if (!same(w.held(), w.primary())) {
                try {
                    destination.deliver(w.primary());
                    destination.confirm(w.primary());
                    w = w.withHeld(w.primary());
                } catch (CredentialsException | SfCliException | RuntimeException e) {
                    World after = observeIfPossible(w);
                    if (!same(after.held(), after.primary())) {
                        throw stuck(s, after, failedAfter, cause, "restoring " + destination.describe() + " failed ("
                                + e.getMessage() + ")", e);
                    }
                    w = after;
                }
                log.info("Rollback: " + destination.describe() + " holds the org's primary pair again (consumer key "
                        + w.primary().key() + "), read back.");
            }
            restored = destination.describe() + " restored";
        } else if (w.held() != null && !same(w.held(), w.primary())) {
            try {
                destination.remove();
                w = w.withHeld(null);
            } catch (CredentialsException | RuntimeException e) {
                World after = observeIfPossible(w);
                if (after.held() != null && !same(after.held(), after.primary())) {
                    throw stuck(s, after, failedAfter, cause, "removing " + destination.describe() + " failed ("
                            + e.getMessage() + ")", e);
                }
                w = after;
            }
            log.info("Rollback: removed " + destination.describe() + ", which the rotation had created.");
            restored = destination.describe() + " removed";
        }
        String deleted = null;
        Staged ours = ours(s, w);
        if (ours != null) {
            try {
                org.deleteStaged(orgApp, consumer, ours.id());
            } catch (CredentialsException | SfCliException | RuntimeException e) {
                World after = observeIfPossible(w);
                if (ours(s, after) != null) {
                    throw stuck(s, after, failedAfter, cause, "deleting the staged credential " + ours.id()
                            + " failed (" + e.getMessage() + ")", e);
                }
            }
            log.info("Rollback: deleted the staged credential " + ours.id() + ".");
            deleted = "staged pair deleted";
        }
        deleteState();
        List<String> done = new ArrayList<>();
        if (deleted != null) {
            done.add(deleted);
        }
        if (restored != null) {
            done.add(restored);
        }
        String what = " (" + (done.isEmpty() ? "nothing to undo" : String.join(", ", done)) + ")";
        if (cause == null || failedAfter == null) {
            throw new CredentialsException("the interrupted rotation of " + app + " was rolled back" + what
                    + (cause == null ? "" : ": " + cause.getMessage()) + ". Run eca:rotate-credentials again to rotate.",
                    false, cause);
        }
        boolean environment = Failures.blame(cause) == Blame.ENVIRONMENT; // the cause's own verdict
        throw new CredentialsException("the rotation of " + app + " failed after step " + failedAfter
                + " and was rolled back" + what + ": " + cause.getMessage(), environment, cause);
    }

    private CredentialsException stuck(RotationState s, World w, Step failedAfter, Exception cause, String problem,
                                       Exception e) {
        return new CredentialsException((failedAfter == null ? "the interrupted rotation of " + app
                : "the rotation of " + app + " failed after step " + failedAfter)
                + (cause == null ? "" : " (" + cause.getMessage() + ")") + " and could not be rolled back completely: "
                + problem + ". Now " + now(s, w) + " " + stateFile + " keeps the rollback; repair it with: " + command(s)
                + " (it reads both sides again and finishes the rollback).", true, e);
    }

    private CredentialsException pending(RotationState s, World w, String problem, Exception e) {
        return new CredentialsException("the rotation of " + app + " is not finished: " + problem + ". Now "
                + now(s, w) + " " + stateFile + " keeps step " + s.step() + "; finish it with: " + command(s) + ".",
                true, e);
    }

    /** What each side holds, by consumer key and role; never a secret. */
    private String now(RotationState s, World w) {
        String primaryRole = s.isNew(w.primary()) ? "the new pair" : s.isOld(w.primary()) ? "the pair from before the"
                + " rotation" : "a pair this rotation did not see";
        String slot = w.staged() == null ? "nothing is staged"
                : "staged credential " + w.staged().id() + " (consumer key " + w.staged().key() + ", state "
                + w.staged().state() + ") is staged";
        return destination.describe() + " holds " + held(w) + "; the org's primary pair is " + primaryRole
                + " (consumer key " + w.primary().key() + ") and " + slot + ".";
    }

    private String held(World w) {
        AppCredentials h = w.held();
        if (h == null) {
            return "no pair";
        }
        if (same(h, w.primary())) {
            return "the org's primary pair (consumer key " + h.key() + "), which keeps working";
        }
        if (w.staged() != null && same(h, credentials(w.staged()))) {
            return "the staged pair (consumer key " + h.key() + ", state " + w.staged().state() + "), which the org"
                    + " accepts until it is deleted or expires";
        }
        return "a pair the org does not hold (consumer key " + h.key() + ")";
    }

    /** The staged pair of this rotation, active; null when the slot holds anything else. */
    private static Staged ours(RotationState s, World w) {
        Staged st = w.staged();
        return st != null && st.id() != null && st.id().equals(s.stagedId()) && ACTIVE.equalsIgnoreCase(st.state())
                && s.isNew(credentials(st)) ? st : null;
    }

    /** A state of plugin 0.1 has no digests: they are taken from what the org holds at its staged id. */
    private RotationState upgrade(RotationState saved, World w) throws CredentialsException {
        if (saved.salt() != null) {
            return saved;
        }
        Staged st = w.staged();
        boolean match = st != null && st.id() != null && st.id().equals(saved.stagedId());
        RotationState s;
        if (match && ACTIVE.equalsIgnoreCase(st.state())) {
            s = saved.withPairs(w.primary().key(), w.primary().secret(), st.key(), st.secret());
        } else if (match && ROTATED.equalsIgnoreCase(st.state())) {
            s = saved.withPairs(st.key(), st.secret(), w.primary().key(), w.primary().secret());
        } else {
            s = saved.withPairs(w.primary().key(), w.primary().secret(), null, null);
        }
        return record(s);
    }

    private World observeNow() throws CredentialsException, SfCliException {
        AppCredentials primary = org.credentials(orgApp, consumer, true);
        List<Staged> all = org.staged(orgApp, consumer);
        Staged slot = all.isEmpty() ? null : all.get(0);
        if (slot != null && slot.secret() == null && slot.id() != null) {
            Staged full = org.stagedOne(orgApp, consumer, slot.id());
            if (full != null) {
                slot = new Staged(slot.id(), slot.state() != null ? slot.state() : full.state(),
                        slot.key() != null ? slot.key() : full.key(), full.secret());
            }
        }
        return new World(primary, slot, destination.held());
    }

    /**
     * Reads both sides for a recorded state; when that fails too, the rotation stays pending (nothing is rolled
     * back blindly) and the message names what failed and how to finish.
     */
    private World observe(RotationState s, Exception cause) throws CredentialsException {
        try {
            return observeNow();
        } catch (CredentialsException | SfCliException | RuntimeException e) {
            throw new CredentialsException("the rotation of " + app + " is not finished: "
                    + (cause == null ? "" : cause.getMessage() + " Then ") + "reading what the org and "
                    + destination.describe() + " hold failed (" + e.getMessage() + "), so the plugin cannot tell which"
                    + " step took effect and changes nothing blindly. " + stateFile + " keeps step " + s.step()
                    + "; once both answer, finish it with: " + command(s) + ".", true, cause != null ? cause : e);
        }
    }

    private World observeIfPossible(World last) {
        try {
            return observeNow();
        } catch (CredentialsException | SfCliException | RuntimeException e) {
            log.warn("Reading what the org and " + destination.describe() + " hold failed too (" + e.getMessage()
                    + "); the message says what they held when last read.");
            return last;
        }
    }

    /** A refusal that changed nothing (4xx other than an ended session): no need to look what took effect. */
    private static boolean plainRefusal(Exception e) {
        return e instanceof CredentialsException c && !c.isEnvironmentProblem();
    }

    private static AppCredentials credentials(Staged s) {
        return new AppCredentials(s.key(), s.secret());
    }

    private static boolean same(AppCredentials a, AppCredentials b) {
        return a != null && b != null && a.key() != null && a.key().equals(b.key())
                && Destination.sameSecret(a.secret(), b.secret());
    }

    private RotationState record(RotationState s) throws CredentialsException {
        s.write(stateFile);
        return s;
    }

    private void deleteState() throws CredentialsException {
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            throw new CredentialsException("cannot delete " + stateFile + ": " + e.getMessage(), true, e);
        }
    }
}
