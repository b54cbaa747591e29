package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.project.EcaFileFinder;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.project.SfdxProjectException;
import io.github.ecamaven.eca.project.SourceOrg;
import io.github.ecamaven.eca.sf.OrgIdentity;
import io.github.ecamaven.eca.sf.TargetOrgs;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCliException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * eca:credentials and eca:rotate-credentials without Maven: pick the app, check the org (a Packaged app's one
 * consumer lives in its source org, which every linked or installed org shares, so only the source org hands it out),
 * build the destination, then read the key (and secret) from the org over the session sf holds for it and hand them
 * over, or rotate.
 */
public final class CredentialsGoals {

    private final SfCli sf;
    private final EcaLog log;
    private final Function<String, SfRest> orgs;
    private final NangoClient.Transport nango;

    public CredentialsGoals(SfCli sf, EcaLog log) {
        this(sf, log, targetOrg -> new OrgSessionRest(sf, targetOrg, log), null);
    }

    /**
     * @param orgs the REST session of a target org (its alias, null for sf's default org)
     * @param nango how Nango is reached; null for HTTP
     */
    CredentialsGoals(SfCli sf, EcaLog log, Function<String, SfRest> orgs, NangoClient.Transport nango) {
        this.sf = sf;
        this.log = log;
        this.orgs = orgs;
        this.nango = nango;
    }

    /** Reads the app's credentials and hands them to the destination; returns the line saying what changed. */
    public String handOver(CredentialsRequest request)
            throws CredentialsException, SfCliException, IOException, EcaXmlException, SfdxProjectException {
        Setup s = setup(request, "credentials", "Reading the credentials of");
        refusePending(stateFile(request), s.app.name());
        s.destination.preflight();
        OrgCredentialsApi.OrgApp app = s.org.app(s.app.name());
        String consumer = s.org.consumer(app);
        String report = s.destination.deliver(s.org.credentials(app, consumer, s.destination.needsSecret()));
        log.info(report);
        return report;
    }

    /** Rotates the app's key and secret (or resumes an interrupted rotation); returns the new key. */
    public String rotate(CredentialsRequest request)
            throws CredentialsException, SfCliException, IOException, EcaXmlException, SfdxProjectException {
        Setup s = setup(request, "rotate-credentials", "Rotating the credentials of");
        if (!s.destination.needsSecret()) {
            throw new CredentialsException("eca:rotate-credentials needs a destination that receives the new secret"
                    + " before the promotion: -D" + PropertyNames.CREDENTIALS_DESTINATION + "=nango (with -D"
                    + PropertyNames.NANGO_INTEGRATION + "=KEY) or env-file.",
                    false);
        }
        s.destination.preflight();
        return new Rotation(s.org, s.destination, stateFile(request), s.app.name(), request.targetOrg(), log)
                .sharedConsumer(s.app.packaged()).rotate(request.revokeOld());
    }

    /** eca:credentials must not change a destination while a rotation of the app is pending. */
    static void refusePending(Path stateFile, String app) throws CredentialsException {
        RotationState pending = RotationState.read(stateFile);
        if (pending != null && pending.app().equals(app)) {
            throw new CredentialsException("a rotation of " + app + " is pending (" + stateFile + ", last step done: "
                    + pending.step() + ", destination " + pending.destination() + "); handing its credentials over now"
                    + " could give a destination a pair the rotation is about to revoke. Finish the rotation first with"
                    + " eca:rotate-credentials: " + Rotation.command(pending.app(), pending.targetOrg(),
                    pending.destinationCommand()) + ".", false);
        }
    }

    /** Where eca:rotate-credentials keeps the progress of a rotation. */
    static Path stateFile(CredentialsRequest request) {
        return ProjectPaths.buildFolder(request.buildDir()).resolve("rotation.json");
    }

    private record Setup(ProjectApp app, OrgCredentialsApi org, Destination destination) {
    }

    /** @param doing the start of the line that names the app and the org, e.g. {@code Reading the credentials of} */
    private Setup setup(CredentialsRequest r, String goal, String doing)
            throws CredentialsException, IOException, EcaXmlException, SfdxProjectException, SfCliException {
        String name = ProjectApp.choose(r.app(), r.configuredApps(), PropertyNames.APP_NAMES);
        List<Path> packageDirs = EcaFileFinder.packageDirectories(r.projectDir());
        ProjectApp app = ProjectApp.read(r.projectDir(), packageDirs, name);
        SourceOrg source = app.sourceOrg(goal, r.sourceOrgId());
        NangoProvider override = NangoProvider.named(r.nangoProvider());
        if (CredentialsRequest.NANGO.equals(destinationName(r))) {
            requireNangoCallback(r, app, packageDirs); // before the org or Nango is asked anything
        }
        String apiVersion = SfdxProject.exists(r.projectDir()) ? SfdxProject.read(r.projectDir()).sourceApiVersion()
                : null;
        log.info(doing + " " + name + " in " + TargetOrgs.named(sf, r.targetOrg()));
        SfRest rest = orgs.apply(r.targetOrg());
        OrgCredentialsApi org = new OrgCredentialsApi(rest, apiVersion, r.targetOrg());
        if (source != null) {
            OrgIdentity identity = rest.identity();
            app.requireSourceOrg(goal, source, identity, r.targetOrg());
            org.packaged(name);
            log.info(name + " is Packaged and " + identity.describe() + " is its source org " + source.basis()
                    + ": its consumer key and secret are the ones every linked and installed org shares.");
        }
        Destination destination = destination(r, app, packageDirs, override, org, rest);
        return new Setup(app, org, destination);
    }

    /** {@code eca.credentialsDestination}, else nango when an integration is named, else console. */
    private static String destinationName(CredentialsRequest r) {
        return r.to() == null || r.to().isBlank() ? (r.nangoIntegration() == null
                ? CredentialsRequest.CONSOLE : CredentialsRequest.NANGO) : r.to().strip();
    }

    /** Refuses before any Nango call when the app lacks Nango's callback ({@link NangoCallbackCheck}). */
    private void requireNangoCallback(CredentialsRequest r, ProjectApp app, List<Path> packageDirs)
            throws CredentialsException, IOException, EcaXmlException {
        NangoCallbackCheck check = NangoCallbackCheck.of(r.nangoCallback(), r.projectDir(), packageDirs,
                app.name());
        if (!check.known()) {
            log.warn("the project has no global OAuth settings file of " + app.name() + ", so whether it lists"
                    + " Nango's callback " + check.callback().url() + " is not checked here (eca:doctor compares the"
                    + " org's callbacks)");
        }
        check.require(app.name());
    }

    /** The Nango provider: the one named, else the one that fits the org ({@code SELECT IsSandbox}); logged. */
    private NangoProvider.Choice provider(NangoProvider override, OrgCredentialsApi org, SfRest rest)
            throws CredentialsException, SfCliException {
        NangoProvider.Choice choice;
        if (override != null) {
            choice = NangoProvider.Choice.of(override, false, null);
        } else {
            boolean sandbox = org.isSandbox();
            OrgIdentity identity = rest.identity();
            choice = NangoProvider.Choice.of(null, sandbox, identity == null ? null : identity.orgId());
        }
        log.info(choice.toString());
        return choice;
    }

    private Destination destination(CredentialsRequest r, ProjectApp app, List<Path> packageDirs,
                                    NangoProvider override, OrgCredentialsApi org, SfRest rest)
            throws CredentialsException, SfCliException, IOException, EcaXmlException {
        String to = destinationName(r);
        switch (to) {
            case CredentialsRequest.NANGO -> {
                if (r.nangoIntegration() == null || r.nangoIntegration().isBlank()) {
                    throw new CredentialsException("name the Nango integration: -D" + PropertyNames.NANGO_INTEGRATION
                            + "=KEY (its unique"
                            + " key; created when missing).", false);
                }
                if (r.nangoKey() == null) {
                    throw new CredentialsException("no Nango API key: " + r.nangoKeySource() + " is not set. Export the"
                            + " environment API key there (never in the POM or on the command line).", true);
                }
                if (app.scopes().isEmpty()) {
                    throw new CredentialsException("the project has no OAuth settings file of " + app.name() + " with"
                            + " commaSeparatedOauthScopes, so the Nango integration's scopes are unknown. Run"
                            + " eca:generate (or retrieve the app) first.", false);
                }
                NangoClient client = nango == null ? new NangoClient(r.nangoUrl(), r.nangoKey(), r.nangoKeySource())
                        : new NangoClient(r.nangoUrl(), r.nangoKey(), r.nangoKeySource(), nango);
                return new NangoDestination(client, r.nangoIntegration().strip(), "Salesforce (" + app.name() + ")",
                        app.scopes(), provider(override, org, rest));
            }
            case CredentialsRequest.ENV_FILE -> {
                Path file = r.file() != null ? r.file()
                        : EnvFileDestination.defaultFile(r.buildDir(), app.name());
                return new EnvFileDestination(file, r.projectDir(), app.name(), app.scopes());
            }
            case CredentialsRequest.CONSOLE -> {
                return new ConsoleDestination(app.name());
            }
            default -> throw new CredentialsException(PropertyNames.CREDENTIALS_DESTINATION + " is '" + to
                    + "'; use one of "
                    + String.join(", ", CredentialsRequest.DESTINATIONS) + ".", false);
        }
    }
}
