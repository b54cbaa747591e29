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
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deploys the ECA files with {@code sf project deploy start} (or {@code validate}), header first when asked, and
 * turns sf's result into a clear outcome: component failures with file and problem (sf prints them in a
 * success-shaped envelope with {@code "status": 1}), partial success (exit 68) and unfinished deploys (exit 69).
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

    /** @return the deployed files, relative to the project */
    public List<Path> deploy(DeployRequest r)
            throws OrgSyncException, SfCliException, IOException, EcaXmlException, SfdxProjectException {
        List<EcaFile> files = EcaFile.find(r.projectDir(), EcaFileFinder.packageDirectories(r.projectDir()),
                r.apps());
        if (files.isEmpty()) {
            throw new OrgSyncException("nothing to deploy: no External Client App files"
                    + (r.apps().isEmpty() ? "" : " for " + r.apps()) + " in the package directories; run eca:generate");
        }
        List<EcaFile> headers = files.stream().filter(f -> !f.type().isSatellite()).toList();
        String org = TargetOrgs.named(sf, r.targetOrg());
        // the run-as users: resolved for this org and checked there before anything is sent; a file with a template
        // goes from its staging copy (RunAsUsers), never from the user's file
        Map<Path, Path> staged = new RunAsUsers(sf, log).stage(r.projectDir(), r.targetOrg(), org, files);
        if (r.headerFirst() && !headers.isEmpty() && headers.size() < files.size()) {
            run(r, org, headers, "headers", staged);
            run(r, org, files, "all components", staged);
        } else {
            run(r, org, files, "all components", staged);
        }
        return files.stream().map(f -> r.projectDir().relativize(f.path())).toList();
    }

    private void run(DeployRequest r, String org, List<EcaFile> files, String what, Map<Path, Path> staged)
            throws OrgSyncException, SfCliException {
        String testLevel = (r.checkOnly() ? SfOption.VALIDATE_TEST_LEVEL : SfOption.DEPLOY_TEST_LEVEL)
                .check(PropertyNames.DEPLOY_TEST_LEVEL, r.testLevel());
        SfOption.atLeast(PropertyNames.WAIT, r.waitMinutes(), SfOption.DEPLOY_MIN_WAIT, "minute");
        SfCommand.Builder b = SfCommand.of("project", "deploy", r.checkOnly() ? "validate" : "start");
        for (EcaFile f : files) {
            b.option("--source-dir", r.projectDir().relativize(staged.getOrDefault(f.path(), f.path())
                    .toAbsolutePath()).toString());
        }
        SfCommand cmd = b.option("--target-org", r.targetOrg())
                .option("--test-level", testLevel)
                .option("--wait", r.waitMinutes())
                .minimumTimeout(Duration.ofMinutes(r.waitMinutes()).plusMinutes(1))
                .waitsFor("the " + (r.checkOnly() ? "validation" : "deploy") + " of " + what + " to " + org,
                        Duration.ofMinutes(r.waitMinutes()), PropertyNames.WAIT)
                .build();
        log.info((r.checkOnly() ? "Validating" : "Deploying") + " " + what + " (" + files.size() + " files) to "
                + org);
        SfResult result = sf.run(cmd);
        check(result, r.projectDir(), files);
        JsonNode res = result.result();
        log.info((r.checkOnly() ? "Validated" : "Deployed") + " " + res.path("numberComponentsDeployed").asInt(files.size())
                + " component(s), deploy id " + res.path("id").asText("?"));
    }

    /** Success only when sf says Succeeded with exit and status 0; everything else names what went wrong. */
    static void check(SfResult result, Path projectDir, List<EcaFile> deployed) throws OrgSyncException {
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
            failures.add(location(f, res.path("files"), deployed, projectDir) + ": "
                    + f.path("problemType").asText("Error") + ": " + f.path("problem").asText());
        }
        if (failures.isEmpty()) {
            for (JsonNode f : res.path("files")) {
                if ("Failed".equals(f.path("state").asText())) {
                    String path = f.path("filePath").asText(f.path("fullName").asText());
                    failures.add(relative(path, projectDir) + ": " + f.path("error").asText());
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
    private static String location(JsonNode f, JsonNode sfFiles, List<EcaFile> deployed, Path projectDir) {
        String file = projectFile(f.path("componentType").asText(""), f.path("fullName").asText(""), sfFiles,
                deployed, projectDir);
        if (file == null) {
            file = f.path("fileName").asText(f.path("fullName").asText());
        }
        int line = f.path("lineNumber").asInt(0);
        int col = f.path("columnNumber").asInt(0);
        return file + (line > 0 ? ":" + line + (col > 0 ? ":" + col : "") : "") + " ("
                + f.path("componentType").asText() + " " + f.path("fullName").asText() + ")";
    }

    private static String projectFile(String type, String fullName, JsonNode sfFiles, List<EcaFile> deployed,
            Path projectDir) {
        if (fullName.isEmpty()) {
            return null;
        }
        for (JsonNode s : sfFiles) {
            if (fullName.equals(s.path("fullName").asText()) && (type.isEmpty() || type.equals(s.path("type").asText()))
                    && s.hasNonNull("filePath")) {
                return relative(s.path("filePath").asText(), projectDir);
            }
        }
        List<EcaFile> named = deployed.stream().filter(e -> fullName.equals(e.componentName())
                && (type.isEmpty() || e.type() != null && type.equals(e.type().typeName()))).toList();
        return named.size() == 1 ? relative(named.get(0).path().toAbsolutePath().toString(), projectDir) : null;
    }

    private static String relative(String path, Path projectDir) {
        try {
            Path p = Path.of(path);
            return p.isAbsolute() && p.startsWith(projectDir.toAbsolutePath())
                    ? projectDir.toAbsolutePath().relativize(p).toString() : path;
        } catch (RuntimeException e) {
            return path;
        }
    }

}
