package io.github.ecamaven.eca.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ecamaven.eca.credentials.ProjectApp;
import io.github.ecamaven.eca.drift.DriftDetector;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.migrate.ProjectLayout;
import io.github.ecamaven.eca.orgsync.DeployRequest;
import io.github.ecamaven.eca.orgsync.DeployService;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.packaging.PackagingChecks;
import io.github.ecamaven.eca.project.EcaFileFinder;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfResult;
import io.github.ecamaven.eca.testing.FakeSfCli;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every goal that asks "is this file part of the package or the deploy?" asks the one {@code .forceignore} reader:
 * the project below has an app whose files all lie in a folder {@code .forceignore} lists, plus global OAuth settings
 * and a Connected App it lists, and no goal sees them. A source scan proves there is no other walk to forget.
 */
class ForceIgnoreEveryGoalTest {

    private static final String NS = " xmlns=\"http://soap.sforce.com/2006/04/metadata\"";
    private static final String D = "force-app/main/default/";

    @TempDir
    Path project;

    @BeforeEach
    void project() throws IOException {
        put("sfdx-project.json", """
                {
                  "packageDirectories": [{"path": "force-app", "default": true, "package": "Kept",
                    "versionNumber": "1.0.0.NEXT"}],
                  "namespace": "",
                  "sourceApiVersion": "64.0",
                  "packageAliases": {"Kept": "0Ho000000000001AAA"}
                }
                """);
        put(".forceignore", "# org-only configuration, never deployed with the package\n"
                + "**/extlClntAppGlobalOauthSets\n" + "force-app/main/default/legacy/\n" + "*.connectedApp-meta.xml\n");
        put(D + "externalClientApps/Kept.eca-meta.xml", app("Packaged"));
        put(D + "extlClntAppOauthSettings/Kept_oauth.ecaOauth-meta.xml", satellite("ExtlClntAppOauthSettings",
                "Kept", "    <commaSeparatedOauthScopes>Api</commaSeparatedOauthScopes>\n"));
        put(D + "extlClntAppGlobalOauthSets/Kept_glbloauth.ecaGlblOauth-meta.xml",
                satellite("ExtlClntAppGlobalOauthSettings", "Kept",
                        "    <callbackUrl>https://app.example.com/cb</callbackUrl>\n"));
        // an old app kept for reference, every file of it listed in .forceignore
        put(D + "legacy/externalClientApps/Old.eca-meta.xml", app("Local"));
        put(D + "legacy/extlClntAppPolicies/Gone_plcy.ecaPlcy-meta.xml", satellite(
                "ExtlClntAppConfigurablePolicies", "Gone", "    <isEnabled>true</isEnabled>\n"));
        put(D + "connectedApps/Legacy.connectedApp-meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ConnectedApp" + NS + ">\n    <label>Legacy</label>\n</ConnectedApp>\n");
    }

    @Test
    void validateDoesNotJudgeIgnoredFilesAsPackagedOrReferenced() throws Exception {
        List<Finding> findings = EcaValidator.validate(project).findings();
        assertThat(findings).noneMatch(f -> f.ruleId().equals("ECA-SEC-002"))
                .noneMatch(f -> f.ruleId().equals("ECA-REF-001"))
                .noneMatch(f -> f.path().contains("legacy/"));
    }

    @Test
    void deployRetrieveAndCredentialsFindOnlyDeployedFiles() throws Exception {
        List<Path> dirs = EcaFileFinder.packageDirectories(project);
        assertThat(EcaFile.find(project, dirs, Set.of())).extracting(f -> f.componentName())
                .containsExactlyInAnyOrder("Kept", "Kept_oauth");
        assertThat(ProjectApp.read(project, dirs, "Old").header()).isNull();
        assertThat(ProjectApp.read(project, dirs, "Kept").header()).isNotNull();
        List<SfCommand> calls = new ArrayList<>();
        new DeployService(FakeSfCli.answering(cmd -> {
            calls.add(cmd);
            String json = "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"success\":true}}";
            return new SfResult(cmd, 0, json, "", new ObjectMapper().readTree(json));
        }), EcaLog.NONE).deploy(new DeployRequest(project, "org", Set.of(), false, false, null, 5));
        assertThat(calls).singleElement().satisfies(c -> assertThat(c.arguments())
                .filteredOn(a -> a.startsWith("force-app")).hasSize(2).noneMatch(a -> a.contains("legacy")
                        || a.contains("glbloauth")));
    }

    @Test
    void driftComparesOnlyDeployedFiles(@TempDir Path org) throws Exception {
        Files.createDirectories(org.resolve("externalClientApps"));
        Files.writeString(org.resolve("externalClientApps/Kept.eca-meta.xml"), app("Packaged"));
        Files.createDirectories(org.resolve("extlClntAppOauthSettings"));
        Files.writeString(org.resolve("extlClntAppOauthSettings/Kept_oauth.ecaOauth-meta.xml"), satellite(
                "ExtlClntAppOauthSettings", "Kept", "    <commaSeparatedOauthScopes>Api</commaSeparatedOauthScopes>\n"));
        assertThat(new DriftDetector().compare(project, EcaFileFinder.packageDirectories(project), org, Set.of())
                .hasDrift()).isFalse();
    }

    @Test
    void migrateAndPackageVersionCreateSkipIgnoredFiles() throws Exception {
        assertThat(ProjectLayout.of(project).connectedAppFiles()).isEmpty();
        assertThat(PackagingChecks.check(project, project.resolve("force-app"))).isEmpty();
    }

    /** Where main code lists folders: each walk either is the finder's (which applies .forceignore) or says why not. */
    private static final Map<String, String> WALKS_ALLOWED = Map.of(
            "project/EcaFileFinder.java", "the finder: applies ForceIgnore",
            "packaging/PackagingChecks.java", "applies ForceIgnore to every file of the package directory",
            "project/ProjectScanner.java", "lists manifest/, which holds manifests, not package content");

    @Test
    void noGoalWalksTheProjectPastTheFinder() throws IOException {
        Path main = Paths.get("src/main/java/io/github/ecamaven/eca");
        Pattern walk = Pattern.compile("\\bFileTrees\\.walk\\("
                + "|(?<![\\w.])Files\\.(walk|list|find|newDirectoryStream|walkFileTree)\\(");
        List<String> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(main)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                String rel = main.relativize(p).toString().replace('\\', '/');
                Matcher m = walk.matcher(Files.readString(p));
                if (m.find() && !WALKS_ALLOWED.containsKey(rel)) {
                    found.add(rel + ": " + m.group());
                }
            }
        }
        assertThat(found).as("walks that bypass EcaFileFinder and so .forceignore").isEmpty();
        assertThat(Files.readString(main.resolve("packaging/PackagingChecks.java"))).contains("ForceIgnore.read(");
        assertThat(Files.readString(main.resolve("project/ProjectScanner.java")))
                .contains("ForceIgnore.read(");
    }

    private void put(String rel, String content) throws IOException {
        Path p = project.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private static String app(String distribution) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExternalClientApplication" + NS + ">\n"
                + "    <contactEmail>admin@example.com</contactEmail>\n"
                + "    <distributionState>" + distribution + "</distributionState>\n"
                + "    <isProtected>false</isProtected>\n    <label>App</label>\n</ExternalClientApplication>\n";
    }

    private static String satellite(String root, String app, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + NS + ">\n" + body
                + "    <externalClientApplication>" + app + "</externalClientApplication>\n"
                + "    <label>" + app + "</label>\n</" + root + ">\n";
    }
}
