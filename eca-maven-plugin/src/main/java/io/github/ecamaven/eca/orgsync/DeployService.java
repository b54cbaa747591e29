package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.project.EcaFileFinder;
import io.github.ecamaven.eca.config.PropertyNames;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.SfdxProjectException;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.TargetOrgs;
import io.github.ecamaven.eca.sf.SfOption;
import io.github.ecamaven.eca.sf.SfResult;
import io.github.ecamaven.eca.sf.OrgIdentity;
import io.github.ecamaven.eca.project.OrgFormation;
import io.github.ecamaven.eca.model.io.WriteScope;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deploys the ECA files with {@code sf project deploy start} (or {@code validate}), header first when asked, and
 * turns sf's result into a clear outcome: component failures with file and problem (sf prints them in a
 * success-shaped envelope with {@code "status": 1}), partial success (exit 68) and unfinished deploys (exit 69).
 * An org formation other than source ({@link OrgFormation}) deploys a staged copy of the files it selects
 * ({@link FormationFiles}); its failures still name the user's files.
 */
public final class DeployService {

    /** sf's exit code for SucceededPartial. */
    static final int EXIT_PARTIAL = 68;
    /** sf's exit code for InProgress, Pending or Canceling. */
    static final int EXIT_UNFINISHED = 69;

    private final SfCli sf;
    private final EcaLog log;

    public DeployService(SfCli sf, EcaLog log) {
        this.sf = sf;
        this.log = log;
    }

    /** @return the deployed files, relative to the project (the user's files, also when a staged copy went) */
    public List<Path> deploy(DeployRequest r)
            throws OrgSyncException, SfCliException, IOException, EcaXmlException, SfdxProjectException {
        List<EcaFile> found = EcaFile.find(r.projectDir(), EcaFileFinder.packageDirectories(r.projectDir()),
                r.apps());
        if (found.isEmpty()) {
            throw new OrgSyncException("nothing to deploy: no External Client App files"
                    + (r.apps().isEmpty() ? "" : " for " + r.apps()) + " in the package directories; run eca:generate");
        }
        FormationFiles selection = FormationFiles.select(r.formation(), r.sendsPolicies(), r.sourceOrgId(), found);
        String org = TargetOrgs.named(sf, r.targetOrg());
        StagedProject staged = null;
        String targetOrg = r.targetOrg();
        List<FormationFiles.Outgoing> outgoing = selection.outgoing();
        List<EcaFile> sending = outgoing.stream().map(FormationFiles.Outgoing::file).toList();
        OrgIdentity target = null;
        if (r.formation() != OrgFormation.SOURCE) {
            target = OrgIdentity.of(sf, r.targetOrg());
            selection.refuseSourceOrgAsTarget(target);
        }
        // the run-as users: resolved for this org and checked there before anything is sent
        Map<Path, String> users = new RunAsUsers(sf, log).check(r.targetOrg(), org, sending, target);
        if (r.formation() != OrgFormation.SOURCE || !users.isEmpty()) {
            // what goes differs from the user's files (a formation's selection, a resolved run-as user): it goes from
            // a staged copy, and the user's files stay as they are
            outgoing = outgoing.stream().map(o -> users.containsKey(o.file().path()) ? new FormationFiles.Outgoing(
                    o.file(), o.stagedPath(), RunAsUsers.withUser(new String(o.content(), StandardCharsets.UTF_8),
                            users.get(o.file().path())).getBytes(StandardCharsets.UTF_8), o.edit()) : o).toList();
            // sf runs in the staged project, where the project's own sf configuration (its default org) is not
            if (targetOrg == null) {
                targetOrg = (target != null ? target : OrgIdentity.of(sf, null)).username();
            }
            staged = StagedProject.write(r.stagingDir(), WriteScope.of(r.projectDir(), r.buildDir()),
                    RetrieveService.apiVersion(r.projectDir()), outgoing);
        }
        describe(selection, org, staged);
        List<EcaFile> files = sending;
        if (files.isEmpty()) {
            throw new OrgSyncException("nothing to deploy: the " + r.formation().value() + " formation leaves out"
                    + " every file of " + (r.apps().isEmpty() ? "the project" : r.apps().toString()) + "; see "
                    + PropertyNames.describe(PropertyNames.DEPLOY_FORMATION) + " and "
                    + PropertyNames.describe(PropertyNames.DEPLOY_POLICIES));
        }
        List<EcaFile> headers = files.stream().filter(f -> !f.type().isSatellite()).toList();
        if (r.headerFirst() && !headers.isEmpty() && headers.size() < files.size()) {
            run(r, targetOrg, org, headers, "headers", staged);
            run(r, targetOrg, org, files, "all components", staged);
        } else {
            run(r, targetOrg, org, files, "all components", staged);
        }
        return files.stream().map(f -> r.projectDir().relativize(f.path())).toList();
    }

    /** The log of a deploy's formation: what goes, what stays out and why, one line each kind. */
    private void describe(FormationFiles selection, String org, StagedProject staged) {
        OrgFormation formation = selection.formation();
        log.info("Formation " + formation.value() + " (" + PropertyNames.DEPLOY_FORMATION + "): "
                + formation.summary());
        List<String> going = new ArrayList<>();
        for (FormationFiles.Outgoing o : selection.outgoing()) {
            going.add(o.file().relativePath() + (o.edit() == null ? "" : " (" + o.edit() + ")"));
        }
        log.info("Sending " + going.size() + " file(s)" + (staged == null ? "" : " from the staged copy "
                + staged.dir()) + ": " + String.join(", ", going));
        selection.leftOut().forEach((why, left) -> log.info("Leaving out " + left.size() + " file(s), " + why + ": "
                + String.join(", ", left.stream().map(EcaFile::relativePath).toList())));
        selection.links().forEach((app, link) -> log.info(org + " will share the source org's consumer key: " + app
                + " goes with <oauthLink>" + link + "</oauthLink> (org " + SalesforceValues.orgIdOf(link) + ")"));
    }

    private void run(DeployRequest r, String targetOrg, String org, List<EcaFile> files, String what,
            StagedProject staged) throws OrgSyncException, SfCliException {
        String testLevel = (r.checkOnly() ? SfOption.VALIDATE_TEST_LEVEL : SfOption.DEPLOY_TEST_LEVEL)
                .check(PropertyNames.DEPLOY_TEST_LEVEL, r.testLevel());
        SfOption.atLeast(PropertyNames.WAIT, r.waitMinutes(), SfOption.DEPLOY_MIN_WAIT, "minute");
        SfCommand.Builder b = SfCommand.of("project", "deploy", r.checkOnly() ? "validate" : "start");
        for (EcaFile f : files) {
            b.option("--source-dir", staged != null ? staged.sourceDir(f)
                    : r.projectDir().relativize(f.path().toAbsolutePath()).toString());
        }
        SfCommand cmd = b.option("--target-org", targetOrg)
                .option("--test-level", testLevel)
                .option("--wait", r.waitMinutes())
                .minimumTimeout(Duration.ofMinutes(r.waitMinutes()).plusMinutes(1))
                .waitsFor("the " + (r.checkOnly() ? "validation" : "deploy") + " of " + what + " to " + org,
                        Duration.ofMinutes(r.waitMinutes()), PropertyNames.WAIT)
                .build();
        log.info((r.checkOnly() ? "Validating" : "Deploying") + " " + what + " (" + files.size() + " files) to "
                + org);
        SfResult result = (staged != null ? sf.in(staged.dir()) : sf).run(cmd);
        check(result, r.projectDir(), files, staged);
        JsonNode res = result.result();
        log.info((r.checkOnly() ? "Validated" : "Deployed") + " " + res.path("numberComponentsDeployed").asInt(files.size())
                + " component(s), deploy id " + res.path("id").asText("?"));
    }

    /** Success only when sf says Succeeded with exit and status 0; everything else names what went wrong. */
    static void check(SfResult result, Path projectDir, List<EcaFile> deployed) throws OrgSyncException {
        check(result, projectDir, deployed, null);
    }

    /** As {@link #check(SfResult, Path, List)}; a failure sf reports against a staged file names the user's file. */
    static void check(SfResult result, Path projectDir, List<EcaFile> deployed, StagedProject staged)
            throws OrgSyncException {
        JsonNode res = result.result();
        String status = SfResult.text(res, "status");
        if (result.isStatusZero() && "Succeeded".equals(status)) {
            return;
        }
        String id = res.path("id").asText("");
        if (result.exitCode() == EXIT_UNFINISHED || "InProgress".equals(status) || "Pending".equals(status)) {
            throw new OrgSyncException("the deploy " + id + " has not finished (status " + status + "). Follow it with"
                    + " `sf project deploy report --job-id " + id + "` or raise -D" + PropertyNames.WAIT + ".");
        }
        List<String> failures = new ArrayList<>();
        for (JsonNode f : res.path("details").path("componentFailures")) {
            failures.add(location(f, res.path("files"), deployed, projectDir, staged) + ": "
                    + f.path("problemType").asText("Error") + ": " + f.path("problem").asText());
        }
        if (failures.isEmpty()) {
            for (JsonNode f : res.path("files")) {
                if ("Failed".equals(f.path("state").asText())) {
                    String path = f.path("filePath").asText(f.path("fullName").asText());
                    failures.add(relative(path, projectDir, staged) + ": " + f.path("error").asText());
                }
            }
        }
        String head = result.exitCode() == EXIT_PARTIAL || "SucceededPartial".equals(status)
                ? "The deploy " + id + " succeeded only in part:"
                : "The deploy " + id + " failed (status " + status + "):";
        throw new OrgSyncException(head + (failures.isEmpty() ? " sf reported no component details"
                : "\n  " + String.join("\n  ", failures)));
    }

    /**
     * Where a component failure is in the project: the source file sf names for the component in {@code files}, else
     * the deployed file of that type and name, else what the server named (a path inside the deployed package, or
     * only the component), with the line and column the server gave.
     */
    private static String location(JsonNode f, JsonNode sfFiles, List<EcaFile> deployed, Path projectDir,
            StagedProject staged) {
        String file = projectFile(f.path("componentType").asText(""), f.path("fullName").asText(""), sfFiles,
                deployed, projectDir, staged);
        if (file == null) {
            file = f.path("fileName").asText(f.path("fullName").asText());
        }
        int line = f.path("lineNumber").asInt(0);
        int col = f.path("columnNumber").asInt(0);
        return file + (line > 0 ? ":" + line + (col > 0 ? ":" + col : "") : "") + " ("
                + f.path("componentType").asText() + " " + f.path("fullName").asText() + ")";
    }

    private static String projectFile(String type, String fullName, JsonNode sfFiles, List<EcaFile> deployed,
            Path projectDir, StagedProject staged) {
        if (fullName.isEmpty()) {
            return null;
        }
        for (JsonNode s : sfFiles) {
            if (fullName.equals(s.path("fullName").asText()) && (type.isEmpty() || type.equals(s.path("type").asText()))
                    && s.hasNonNull("filePath")) {
                return relative(s.path("filePath").asText(), projectDir, staged);
            }
        }
        List<EcaFile> named = deployed.stream().filter(e -> fullName.equals(e.componentName())
                && (type.isEmpty() || e.type() != null && type.equals(e.type().typeName()))).toList();
        return named.size() == 1 ? relative(named.get(0).path().toAbsolutePath().toString(), projectDir, null)
                : null;
    }

    /** {@code path} relative to the project; a staged file is the user's file it was copied from. */
    private static String relative(String path, Path projectDir, StagedProject staged) {
        String user = staged == null ? null : staged.userFile(path);
        if (user != null) {
            return user;
        }
        try {
            Path p = Path.of(path);
            return p.isAbsolute() && p.startsWith(projectDir.toAbsolutePath())
                    ? projectDir.toAbsolutePath().relativize(p).toString() : path;
        } catch (RuntimeException e) {
            return path;
        }
    }

}
