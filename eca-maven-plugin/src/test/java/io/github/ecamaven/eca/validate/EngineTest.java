package io.github.ecamaven.eca.validate;

import static io.github.ecamaven.eca.validate.TestProject.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    @Test
    void seedMistakesGiveExactlyTheirFindings(@TempDir Path dir) throws IOException {
        TestProject p = TestProject.clean().packaged().remove(OAUTH_PLCY).remove(PLCY).remove(PACKAGED_GLOBAL)
                .put(JSON, """
                        {
                          "packageDirectories": [
                            {
                              "versionName": "ver 0.1", // this is the version number
                              "versionNumber": "0.1.0.NEXT", // auto-incrementing version format
                              "path": "force-app",
                              "default": true,
                              "package": "Nango External App", // package name reference
                              "versionDescription": "" // optional description for this version
                            }
                          ],
                          "name": "my-app", // project name
                          "namespace": "nangoext", // your registered namespace
                          "sfdcLoginUrl": "https://login.salesforce.com",
                          "sourceApiVersion": "64.0",
                          "packageAliases": {
                            "Nango External": "0Ho000000000001AAA" // maps package name to package ID
                          }
                        }""")
                .put("package.xml", """
                        <Package xmlns="http://soap.sforce.com/2006/04/metadata">
                            <types>
                                <members>*</members>
                                <name>ExternalClientApplication</name>
                            </types>
                            <types>
                                <members>*</members>
                                <name>ExtlClntAppOauthSettings</name>
                            </types>
                            <version>58.0</version>
                        </Package>
                        """)
                .remove(MANIFEST);
        RecordingLog log = new RecordingLog(false);
        ValidationResult r = EcaValidator.validate(ValidationRequest.of(p.write(dir)), log);
        assertThat(r.findings()).extracting(f -> f.ruleId() + "@" + f.path() + ":" + f.line()).containsExactly(
                "ECA-PROJ-009@package.xml:10",
                "ECA-PROJ-001@sfdx-project.json:4", "ECA-PROJ-001@sfdx-project.json:5",
                "ECA-PROJ-004@sfdx-project.json:8", "ECA-PROJ-001@sfdx-project.json:8",
                "ECA-PROJ-001@sfdx-project.json:9", "ECA-PROJ-001@sfdx-project.json:12",
                "ECA-PROJ-001@sfdx-project.json:13", "ECA-PROJ-001@sfdx-project.json:17");
        assertThat(log.lines).contains("[ERROR] sfdx-project.json:8:18: ERROR [ECA-PROJ-004] package \"Nango External"
                + " App\" has no entry in \"packageAliases\"; did you mean \"Nango External\"?");
        assertThat(log.lines.get(log.lines.size() - 1)).isEqualTo(
                "[INFO] eca:validate: 9 error(s), 0 warning(s), 0 info(s) in 4 file(s)");
        assertThat(r.failing()).hasSize(9);
    }

    @Test
    void didYouMeanAndSuggestions(@TempDir Path a, @TempDir Path b, @TempDir Path c) {
        assertThat(TestProject.clean().edit(ECA, "<isProtected>false</isProtected>", "<isProtectd>false</isProtectd>")
                .validate(a, Profile.DEFAULT)).extracting(Finding::message)
                .contains("<isProtectd> is not an element of ExternalClientApplication; did you mean 'isProtected'?");
        assertThat(TestProject.clean().edit(ECA, ">Local<", ">Packageable<").edit(OAUTH_PLCY, "AllSelfAuthorized",
                "AdminApproved").edit(OAUTH, ">Api,", ">api,").validate(b, Profile.DEFAULT))
                .extracting(Finding::message).contains(
                        "'Packageable' is not a value of <distributionState>; did you mean 'Packaged'? (valid: Local,"
                                + " Packaged, Managed, AutoInstalled)",
                        "'AdminApproved' is not a value of <permittedUsersPolicyType>; did you mean"
                                + " 'AdminApprovedPreAuthorized'? (valid: AllSelfAuthorized, AdminApprovedPreAuthorized)",
                        "'api' is not an OAuth scope token; use Api");
        assertThat(TestProject.clean().move(GLOBAL, D + "extlClntAppGlobalOauthSets/Nango_App_glbloauth"
                + ".ecaGlobalOauth-meta.xml").validate(c, Profile.DEFAULT)).extracting(Finding::message)
                .anyMatch(m -> m.endsWith("did you mean 'ecaGlblOauth'?"));
    }

    @Test
    void secretsAreNeverPrinted(@TempDir Path dir) {
        List<Finding> f = TestProject.clean().edit(GLOBAL, "    <externalClientApplication>",
                "    <consumerSecret>S3CR3T-VALUE</consumerSecret>\n    <externalClientApplication>")
                .validate(dir, Profile.DEFAULT);
        assertThat(f).extracting(Finding::ruleId).contains("ECA-SEC-001");
        assertThat(f).allSatisfy(x -> assertThat(x.message()).doesNotContain("S3CR3T"));
    }

    @Test
    void userSettingsMergeWithProfileAndCanTurnRulesOff(@TempDir Path a, @TempDir Path b) throws IOException {
        TestProject p = TestProject.clean().edit(OAUTH, ">Api,", ">Api, Full,").edit(GLOBAL,
                "<isPkceRequired>true", "<isPkceRequired>false");
        ValidationResult r = EcaValidator.validate(ValidationRequest.of(p.write(a)).withProfile(Profile.NANGO)
                .withRuleSettings(Map.of("ECA-SCOPE-003", "error")), EcaLog.NONE);
        assertThat(r.findings()).extracting(f -> f.ruleId() + " " + f.severity())
                .containsExactlyInAnyOrder("ECA-SCOPE-003 ERROR", "ECA-OAUTH-001 ERROR");
        ValidationResult off = EcaValidator.validate(ValidationRequest.of(p.write(b)).withProfile(Profile.NANGO)
                .withRuleSettings(ValidationRequest.parseRuleSettings("ECA-SCOPE-003=off, ECA-OAUTH-001=info")),
                EcaLog.NONE);
        assertThat(off.findings()).extracting(f -> f.ruleId() + " " + f.severity())
                .containsExactly("ECA-OAUTH-001 INFO");
        assertThat(off.failed()).isFalse();
    }

    @Test
    void unknownRuleIdsAndSeveritiesAreRejected(@TempDir Path dir) {
        ValidationRequest r = ValidationRequest.of(dir).withRuleSettings(Map.of("ECA-NOPE-001", "off"));
        assertThatThrownBy(() -> EcaValidator.validate(r, EcaLog.NONE)).hasMessageContaining("ECA-NOPE-001");
        assertThatThrownBy(() -> Severity.parse("fatal", "<failOnSeverity> (eca.validate.failOnSeverity)"))
                .hasMessage("<failOnSeverity> (eca.validate.failOnSeverity) is 'fatal', which is no severity; use"
                        + " error, warning or info");
        assertThatThrownBy(() -> Profile.named("strict")).hasMessageContaining("default, nango or isv");
    }

    @Test
    void baselineAcceptsRecordedFindingsButNotNewOnes(@TempDir Path dir) throws IOException {
        TestProject p = TestProject.clean().edit(OAUTH, ">Api,", ">api,");
        Path baseline = dir.resolve("eca-validate-baseline.txt");
        ValidationResult written = EcaValidator.validate(ValidationRequest.of(p.write(dir))
                .withBaseline(baseline, true), EcaLog.NONE);
        assertThat(written.failed()).isFalse();
        assertThat(Files.readString(baseline)).contains("ECA-SCOPE-001");
        // the same finding on another line is still accepted
        p.edit(OAUTH, "<ExtlClntAppOauthSettings", "<!-- moved -->\n<ExtlClntAppOauthSettings");
        ValidationResult again = EcaValidator.validate(ValidationRequest.of(p.write(dir))
                .withBaseline(baseline, false), EcaLog.NONE);
        assertThat(again.findings()).hasSize(1);
        assertThat(again.failed()).isFalse();
        assertThat(again.summary()).contains("1 accepted by the baseline");
        p.edit(ECA, ">Local<", ">Packageable<");
        ValidationResult fresh = EcaValidator.validate(ValidationRequest.of(p.write(dir))
                .withBaseline(baseline, false), EcaLog.NONE);
        assertThat(fresh.failing()).extracting(Finding::ruleId).containsExactly("ECA-XML-004");
    }

    @Test
    void onlyEcaFilesAreOpened(@TempDir Path dir) throws IOException {
        TestProject p = TestProject.clean()
                .put("force-app/main/default/classes/Broken.cls-meta.xml", "<not xml")
                .put("force-app/main/default/objects/Account/Account.object-meta.xml", "<<<");
        ValidationResult r = EcaValidator.validate(ValidationRequest.of(p.write(dir)), EcaLog.NONE);
        assertThat(r.findings()).isEmpty();
        assertThat(r.filesRead()).isEqualTo(7);
    }

    @Test
    void everyPackageDirectoryIsRead(@TempDir Path dir) throws IOException {
        TestProject p = TestProject.clean().packaged().edit(PACKAGED_GLOBAL, "https://api", "http://api");
        ValidationResult r = EcaValidator.validate(ValidationRequest.of(p.write(dir)), EcaLog.NONE);
        assertThat(r.findings()).extracting(f -> f.ruleId() + "@" + f.path())
                .containsExactly("ECA-CB-001@" + PACKAGED_GLOBAL);
    }

    @Test
    void unreadableProjectFileStillValidatesTheEcaFiles(@TempDir Path dir) throws IOException {
        TestProject p = TestProject.clean().edit(JSON, "\"64.0\"\n", "\"64.0\",,\n").edit(ECA, ">Local<", ">Packageable<");
        ValidationResult r = EcaValidator.validate(ValidationRequest.of(p.write(dir)), EcaLog.NONE);
        assertThat(r.findings()).extracting(f -> f.ruleId() + "@" + f.path())
                .containsExactly("ECA-XML-004@" + ECA, "ECA-PROJ-001@" + JSON);
    }

    @Test
    void commentsAreFoundOutsideStringsOnly() {
        String json = "{\n  \"u\": \"https://x//y\", /* a\n b */ \"v\": 1 // c\n}";
        var problems = io.github.ecamaven.eca.project.SfdxProjectAccess.comments(json);
        assertThat(problems).extracting(p -> p.position().line() + ":" + p.position().column())
                .containsExactly("2:24", "3:14");
    }
}
