package io.github.ecamaven.eca.it.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.credentials.CredentialsException;
import io.github.ecamaven.eca.credentials.OrgCredentialsApi;
import io.github.ecamaven.eca.credentials.OrgCredentialsApi.OrgApp;
import io.github.ecamaven.eca.credentials.OrgCredentialsApi.Staged;
import io.github.ecamaven.eca.credentials.OrgSessionRest;
import io.github.ecamaven.eca.credentials.SfRest;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.sf.ProcessSfCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credentials resources of the stand-in org through the plugin's own {@link OrgSessionRest}: the session of the
 * real, pinned sf CLI's {@code org display} (run by {@link ProcessSfCli}), then the REST calls straight to the org:
 * finds the app, reads key and secret, stages, promotes and deletes, and shows the setting-off answer. Skipped when
 * the sf executable is not installed.
 */
class OAuthCredentialsWithRealSfTest {

    private static final String ALIAS = "creds-proof";
    private static final StringBuilder DEBUG = new StringBuilder();

    @TempDir
    static Path temp;

    private static StandInOrg org;
    private static OrgCredentialsApi api;
    private static SfRest rest;

    @BeforeAll
    static void startAndLogIn() throws IOException {
        Path exe = SfProofRun.executableOrSkip(OAuthCredentialsWithRealSfTest.class, "the credentials resources proof");
        org = StandInOrg.start();
        org.oauthCredentials().addApp("Nango_Integration", "3MVG9PRIMARYKEY", "PRIMARYSECRET0001");
        org.oauthCredentials().addApp("Blocked_App", "3MVG9BLOCKEDKEY", "BLOCKEDSECRET0001");
        org.oauthCredentials().secretAccess("Blocked_App", OAuthCredentialsStandIn.SecretAccess.SETTING_OFF);
        Path home = temp.resolve("home");
        Path project = Files.createDirectories(temp.resolve("project"));
        // the files sf's login writes (StandInOrgWithRealSfTest proves the real login)
        SfLoginFiles.write(home, project, org, ALIAS, false, false);
        // ProcessSfCli passes the build's environment on; this wrapper gives sf the test's HOME
        Path wrapper = temp.resolve("sf-with-home");
        Files.writeString(wrapper, "#!/bin/sh\nHOME='" + home + "' SF_USE_GENERIC_UNIX_KEYCHAIN=true exec '" + exe
                + "' \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        EcaLog log = new EcaLog() {
            @Override
            public void info(String m) {}

            @Override
            public void warn(String m) {}

            @Override
            public void error(String m) {}

            @Override
            public boolean isDebugEnabled() {
                return true;
            }

            @Override
            public void debug(Supplier<String> m) {
                DEBUG.append(m.get()).append('\n');
            }
        };
        rest = new OrgSessionRest(new ProcessSfCli(project, wrapper.toString(), Duration.ofSeconds(120), log), ALIAS, log);
        api = new OrgCredentialsApi(rest, "65.0", ALIAS);
    }

    @AfterAll
    static void stop() {
        if (org != null) {
            org.close();
        }
    }

    @Test
    void readsStagesPromotesAndDeletesWithTheSessionOfSf() throws Exception {
        int before = org.requests("/apps/oauth/").size(); // other tests of this class share the org
        OrgApp app = api.app("Nango_Integration");
        String consumer = api.consumer(app);
        var primary = api.credentials(app, consumer, true);
        assertThat(primary.key()).isEqualTo("3MVG9PRIMARYKEY");
        assertThat(primary.secret().reveal()).isEqualTo("PRIMARYSECRET0001");
        assertThat(api.staged(app, consumer)).isEmpty();

        Staged staged = api.stage(app, consumer);
        assertThat(staged.state()).isEqualTo("Active");
        api.rotate(app, consumer, staged.id());
        var rotated = org.oauthCredentials().state().get("Nango_Integration");
        assertThat(rotated.get("key")).isEqualTo(staged.key());
        assertThat(rotated.get("stagedState")).isEqualTo("Rotated");
        assertThat(api.deleteStaged(app, consumer, staged.id())).isTrue();
        assertThat(api.deleteStaged(app, consumer, staged.id())).as("already gone").isFalse();

        // the lower of the project's 65.0 and the stand-in org's 67.0, the body of PATCH reached the org, POST carried {}
        var mine = org.requests("/apps/oauth/");
        assertThat(mine.subList(before, mine.size())).allMatch(r -> r.path().startsWith("/services/data/v65.0/apps/oauth/"));
        assertThat(org.requests("/staged/")).filteredOn(r -> r.method().equals("PATCH")).singleElement()
                .extracting(RecordedRequest::body).isEqualTo("{\"command\":\"rotate\"}");
        assertThat(org.requests("/staged")).filteredOn(r -> r.method().equals("POST")).singleElement()
                .extracting(RecordedRequest::body).isEqualTo("{}");
        assertThat(DEBUG.toString()).contains("org display").doesNotContain("PRIMARYSECRET0001")
                .doesNotContain(staged.secret().reveal()).doesNotContain(org.accessToken());
    }

    @Test
    void theSettingOffAnswerReachesThePluginAsItsMessage() throws Exception {
        OrgApp app = api.app("Blocked_App");
        String consumer = api.consumer(app);
        assertThat(api.credentials(app, consumer, false).key()).isEqualTo("3MVG9BLOCKEDKEY");

        assertThatThrownBy(() -> api.credentials(app, consumer, true)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("HTTP 403 FUNCTIONALITY_NOT_ENABLED")
                .hasMessageContaining(OrgCredentialsApi.SETTING_LABEL);
        assertThat(rest.send("GET", "services/data/v64.0/apps/oauth/credentials/" + app.identifier() + "/" + consumer
                + "/staged", null).status()).as("staged resources start at 65.0").isEqualTo(404);
    }

    @Test
    void anUnknownAppListsTheOnesThereAre() {
        assertThatThrownBy(() -> api.app("Not_There")).hasMessageContaining("it lists Blocked_App, Nango_Integration");
    }
}
