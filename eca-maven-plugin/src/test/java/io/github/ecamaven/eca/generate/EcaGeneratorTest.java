package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.failure.ConfigurationException;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.GLOBAL;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.HEADER;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.OAUTH;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.OAUTH_POLICIES;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.POLICIES;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.read;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcaGeneratorTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog(false);

    private GenerateResult generate(GenerateRequest r) throws Exception {
        return new EcaGenerator(log).generate(r);
    }

    @Test
    void nangoPresetGivesTheGoldenFiles() throws Exception {
        GenerateResult result = generate(request(project, nango()));

        assertThat(result.written()).containsExactly(HEADER, OAUTH, GLOBAL, OAUTH_POLICIES, POLICIES,
                "manifest/package.xml", "sfdx-project.json");
        for (String rel : List.of(HEADER, OAUTH, GLOBAL, OAUTH_POLICIES, POLICIES, "manifest/package.xml",
                "sfdx-project.json")) {
            Path goldenFile = Path.of("src/test/resources/generate/nango-local").resolve(rel);
            if (Boolean.getBoolean("eca.golden.update")) { // review the diff before committing
                Files.createDirectories(goldenFile.getParent());
                Files.copy(project.resolve(rel), goldenFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            String golden = Files.readString(goldenFile, StandardCharsets.UTF_8);
            assertThat(read(project, rel)).as(rel).isEqualTo(golden);
        }
    }

    @Test
    void secondRunWritesNothingAndKeepsFileTimes() throws Exception {
        generate(request(project, nango()));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String rel : List.of(HEADER, GLOBAL, "manifest/package.xml", "sfdx-project.json")) {
            Files.setLastModifiedTime(project.resolve(rel), old);
        }

        GenerateResult second = generate(request(project, nango()));

        assertThat(second.allUpToDate()).isTrue();
        assertThat(second.upToDate()).hasSize(7);
        for (String rel : List.of(HEADER, GLOBAL, "manifest/package.xml", "sfdx-project.json")) {
            assertThat(Files.getLastModifiedTime(project.resolve(rel))).as(rel).isEqualTo(old);
        }
    }

    @Test
    void anUpToDateRunOfReformattedFilesDoesNotValidate() throws Exception {
        generate(request(project, nango()));
        // laid out by a formatter: the values match, so nothing is written and there is nothing to check
        Files.writeString(project.resolve("sfdx-project.json"),
                read(project, "sfdx-project.json").replace("\n  ", "\n    "), StandardCharsets.UTF_8);
        Files.writeString(project.resolve(HEADER), read(project, HEADER).replace("\n    <", "\n  <"),
                StandardCharsets.UTF_8);

        // a profile eca:validate does not know makes the pre-write check refuse whenever it runs
        GenerateResult second = generate(request(project, nango()).withValidation("no-such-profile", java.util.Map.of()));

        assertThat(second.allUpToDate()).isTrue();
        EcaApp relabelled = nango();
        relabelled.setLabel("Another label");
        assertThatThrownBy(() -> generate(request(project, relabelled)
                .withValidation("no-such-profile", java.util.Map.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no-such-profile");
    }

    @Test
    void handEditsOfUnmanagedFieldsSurviveAndManagedOnesAreOverwrittenAndLogged() throws Exception {
        generate(request(project, nango()));
        Path oauth = project.resolve(OAUTH);
        Files.writeString(oauth, read(project, OAUTH).replace("    <label>",
                "    <!-- linked to the Dev Hub consumer -->\n    <label>").replace("</label>",
                "</label>\n    <oauthLink>00D000000000001:888000000000001</oauthLink>\n    <futureField>x</futureField>"));
        Path global = project.resolve(GLOBAL);
        Files.writeString(global, read(project, GLOBAL)
                .replace("<isPkceRequired>true</isPkceRequired>", "<isPkceRequired>false</isPkceRequired>")
                .replace("<consumerKey>", "<consumerKey>")
                .replace("<externalClientApplication>", "<certificate>MIIBretrieved</certificate>\n"
                        + "    <externalClientApplication>"));
        Path header = project.resolve(HEADER);
        Files.writeString(header, read(project, HEADER).replace("</label>",
                "</label>\n    <orgScopedExternalApp>00D000000000001:Nango_Integration</orgScopedExternalApp>"));

        GenerateResult result = generate(request(project, nango()));

        assertThat(read(project, OAUTH)).contains("<!-- linked to the Dev Hub consumer -->",
                "<oauthLink>00D000000000001:888000000000001</oauthLink>", "<futureField>x</futureField>");
        assertThat(read(project, GLOBAL)).contains("<isPkceRequired>true</isPkceRequired>",
                "<certificate>MIIBretrieved</certificate>");
        assertThat(read(project, HEADER)).contains("00D000000000001:Nango_Integration");
        assertThat(result.written()).containsExactly(GLOBAL);
        assertThat(result.changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("isPkceRequired");
            assertThat(c.before()).isEqualTo("false");
            assertThat(c.after()).isEqualTo("true");
            assertThat(c.managedBy()).contains("<preset>nango</preset>");
        });
        assertThat(log.messages("WARN")).singleElement().asString().contains(GLOBAL, "isPkceRequired", "'false' -> 'true'");
    }

    @Test
    void checkModeWritesNothingAndListsEveryDifference() throws Exception {
        GenerateResult fresh = generate(request(project, true, "66.0", null, nango()));
        assertThat(fresh.written()).isEmpty();
        assertThat(fresh.changes()).hasSize(7).allSatisfy(c -> assertThat(c.field()).isEqualTo("(file missing)"));
        try (var files = Files.list(project)) {
            assertThat(files).isEmpty();
        }

        generate(request(project, nango()));
        assertThat(generate(request(project, true, "66.0", null, nango())).allUpToDate()).isTrue();

        Files.writeString(project.resolve(OAUTH_POLICIES), read(project, OAUTH_POLICIES)
                .replace("<refreshTokenPolicyType>Infinite<", "<refreshTokenPolicyType>Zero<"));
        String before = read(project, OAUTH_POLICIES);
        GenerateResult check = generate(request(project, true, "66.0", null, nango()));
        assertThat(check.changes()).singleElement().asString()
                .isEqualTo(OAUTH_POLICIES + ": refreshTokenPolicyType 'Zero' -> 'Infinite' (managed by"
                        + " <preset>nango</preset>)");
        assertThat(read(project, OAUTH_POLICIES)).isEqualTo(before);
    }

    @Test
    void packagedAppSplitsPackageableFromOrgOnlyFilesAndConfiguresThePackage() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"), "{\n  \"packageDirectories\": [\n    {\n"
                + "      \"path\": \"force-app\",\n      \"default\": true\n    }\n  ],\n  \"name\": \"demo\",\n"
                + "  \"plugins\": {\n    \"x\": 1\n  },\n  \"sourceApiVersion\": \"64.0\"\n}\n");
        EcaApp app = nango();
        app.setDistributionState("Packaged");

        GenerateResult r = generate(request(project, false, "66.0", "nangons", app));

        assertThat(r.written()).contains(HEADER, OAUTH,
                "eca-org/main/default/extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth-meta.xml",
                "eca-org/main/default/extlClntAppOauthPolicies/Nango_Integration_oauthPlcy.ecaOauthPlcy-meta.xml",
                "eca-org/main/default/extlClntAppPolicies/Nango_Integration_plcy.ecaPlcy-meta.xml");
        assertThat(project.resolve(GLOBAL)).doesNotExist();
        assertThat(read(project, HEADER)).contains("<distributionState>Packaged</distributionState>");
        assertThat(read(project, "sfdx-project.json")).isEqualTo("{\n  \"packageDirectories\": [\n    {\n"
                + "      \"path\": \"force-app\",\n      \"default\": true,\n      \"package\": \"nango-app\",\n"
                + "      \"versionName\": \"ver 0.1\",\n      \"versionNumber\": \"0.1.0.NEXT\"\n    },\n"
                + "    {\n      \"path\": \"eca-org\",\n      \"default\": false\n    }\n  ],\n  \"name\": \"demo\",\n"
                + "  \"plugins\": {\n    \"x\": 1\n  },\n  \"sourceApiVersion\": \"64.0\",\n"
                + "  \"namespace\": \"nangons\"\n}\n");
    }

    @Test
    void jwtCiPresetWritesTheCertificateBodyAndAdminApprovedUsers() throws Exception {
        EcaApp app = new EcaApp();
        app.setName("CI_Login");
        app.setContactEmail("ci@example.com");
        app.setPreset("jwt-ci");
        app.setCertificateFile(resource("jwt-test.crt").toFile());
        app.setProfiles(List.of("System Administrator"));

        generate(request(project, app));

        String global = read(project, "force-app/main/default/extlClntAppGlobalOauthSets/CI_Login_glbloauth"
                + ".ecaGlblOauth-meta.xml");
        String pem = Files.readString(resource("jwt-test.crt"));
        String body = pem.replace("-----BEGIN CERTIFICATE-----\n", "").replace("-----END CERTIFICATE-----\n", "")
                .strip();
        assertThat(global).contains("<certificate>" + body + "</certificate>",
                "<callbackUrl>http://localhost:1717/OauthRedirect</callbackUrl>");
        assertThat(read(project, "force-app/main/default/extlClntAppOauthSettings/CI_Login_oauth.ecaOauth-meta.xml"))
                .contains("<commaSeparatedOauthScopes>Api, Web, RefreshToken</commaSeparatedOauthScopes>");
        assertThat(read(project, "force-app/main/default/extlClntAppOauthPolicies/CI_Login_oauthPlcy"
                + ".ecaOauthPlcy-meta.xml")).contains(
                "<commaSeparatedProfile>System Administrator</commaSeparatedProfile>",
                "<permittedUsersPolicyType>AdminApprovedPreAuthorized</permittedUsersPolicyType>");
    }

    @Test
    void fieldsNewerThanTheApiVersionAreLeftOutWhenDefaultedAndRefusedWhenConfigured() throws Exception {
        EcaApp plain = nango();
        plain.setPreset(null);
        plain.setCallbackUrls(List.of("https://example.com/cb"));
        plain.setScopes(List.of("api"));
        generate(request(project, false, "60.0", null, plain));
        assertThat(read(project, OAUTH)).doesNotContain("isFirstPartyAppEnabled");
        assertThat(read(project, GLOBAL)).doesNotContain("isCodeCredFlowEnabled").contains("isPkceRequired");

        var e = org.junit.jupiter.api.Assertions.assertThrows(GenerateConfigException.class,
                () -> generate(request(project, false, "60.0", null, nango())));
        assertThat(e.getMessage()).contains("<preset>nango</preset>: sets isCodeCredFlowEnabled, which exists from"
                + " API 61.0 on");
    }

    @Test
    void aHostileExistingFileIsAProblemNamingItNotACrash() throws Exception {
        generate(request(project, nango()));
        Path header = project.resolve(HEADER);
        String deep = "<a>".repeat(3_000) + "</a>".repeat(3_000);
        Files.writeString(header, read(project, HEADER).replace("<label>", "<description>" + deep
                + "</description>\n    <label>"));
        assertThatThrownBy(() -> generate(request(project, nango()))).isInstanceOf(GenerateConfigException.class)
                .hasMessageContaining(header + ":").hasMessageContaining("nested more than 100 deep");
    }

    @Test
    void anExistingFileWithDuplicatedElementsIsNotMergedSilently() throws Exception {
        generate(request(project, nango()));
        Path header = project.resolve(HEADER);
        String before = read(project, HEADER).replace("    <isProtected>false</isProtected>\n",
                "    <isProtected>false</isProtected>\n    <isProtected>true</isProtected>\n");
        Files.writeString(header, before);
        assertThatThrownBy(() -> generate(request(project, nango()))).isInstanceOf(GenerateConfigException.class)
                .hasMessageContaining(header + ":6: <isProtected> is written 2 times (lines 5, 6) but takes one value");
        assertThat(read(project, HEADER)).isEqualTo(before);
    }
}
