package io.github.ecamaven.eca.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.credentials.OrgCredentialsApi.OrgApp;
import org.junit.jupiter.api.Test;

class OrgCredentialsApiTest {

    final FakeOrg org = new FakeOrg();
    final OrgCredentialsApi api = new OrgCredentialsApi(org, "66.0", "it-org");

    @Test
    void findsTheAppAndReadsKeyAndSecretAtApi65OrLater() throws Exception {
        OrgApp app = api.app("Nango_Integration");
        String consumer = api.consumer(app);
        var c = api.credentials(app, consumer, true);

        assertThat(app.identifier()).isEqualTo(FakeOrg.APP_ID);
        assertThat(c.key()).isEqualTo(org.key);
        assertThat(c.secret().reveal()).isEqualTo(org.secret);
        assertThat(c.toString()).doesNotContain(org.secret);
        assertThat(org.paths).allMatch(path -> path.startsWith("services/data/v66.0/"));
    }

    @Test
    void theCallsUseTheLowerOfTheProjectsAndTheOrgsVersionAndAtLeast65() throws Exception {
        assertThat(OrgCredentialsApi.callVersion("66.0", "65.0", "org 'x'")).hasToString("65.0");
        assertThat(OrgCredentialsApi.callVersion("66.0", "67.0", "org 'x'")).hasToString("66.0");
        assertThat(OrgCredentialsApi.callVersion(null, "67.0", "org 'x'")).hasToString("67.0");
        assertThat(OrgCredentialsApi.callVersion("67.0", null, "org 'x'")).hasToString("67.0");
        assertThat(OrgCredentialsApi.callVersion(null, null, "org 'x'")).isEqualTo(OrgCredentialsApi.MINIMUM_API_VERSION);
        assertThatThrownBy(() -> OrgCredentialsApi.callVersion("62.0", "67.0", "org 'x'"))
                .hasMessageContaining("62.0 (sourceApiVersion in sfdx-project.json)")
                .hasMessageContaining("org 'x' is at 67.0 (sf org display)")
                .hasMessageContaining("at least 65.0").hasMessageContaining("Raise sourceApiVersion");
        assertThatThrownBy(() -> OrgCredentialsApi.callVersion("66.0", "64.0", "org 'x'"))
                .hasMessageContaining("66.0").hasMessageContaining("org 'x' is at 64.0")
                .hasMessageContaining("older than API 65.0");
    }

    @Test
    void aProjectAheadOfItsOrgCallsAtTheOrgsVersion() throws Exception {
        org.orgApiVersion = "65.0";
        new OrgCredentialsApi(org, "66.0", "it-org").apps();

        assertThat(org.paths).last().asString().startsWith("services/data/v65.0/apps/oauth/usage");
    }

    @Test
    void theKeyAloneDoesNotAskForTheSecret() throws Exception {
        OrgApp app = api.app("Nango_Integration");
        var c = api.credentials(app, api.consumer(app), false);

        assertThat(c.secret()).isNull();
        assertThat(org.calls).last().asString().endsWith("?part=key");
    }

    @Test
    void anAppNotInTheOrgListsTheOnesThatAre() {
        assertThatThrownBy(() -> api.app("Missing_App")).hasMessageContaining("org 'it-org' has no External Client App"
                + " 'Missing_App'").hasMessageContaining("it lists Nango_Integration, Other_App")
                .hasMessageContaining("-Deca.appNames");
    }

    @Test
    void theSettingOffNamesTheSetting() throws Exception {
        org.settingOff = true;
        OrgApp app = api.app("Nango_Integration");
        String consumer = api.consumer(app);

        assertThatThrownBy(() -> api.credentials(app, consumer, true))
                .hasMessageContaining("FUNCTIONALITY_NOT_ENABLED")
                .hasMessageContaining("Allow access to External Client App consumer secrets via REST API")
                .hasMessageContaining("enableClientSecretInRestApiAccess")
                .satisfies(e -> assertThat(((CredentialsException) e).isEnvironmentProblem()).isFalse());
    }

    @Test
    void aMissingPermissionNamesThePermissions() throws Exception {
        org.noPermission = true;
        OrgApp app = api.app("Nango_Integration");
        String consumer = api.consumer(app);

        assertThatThrownBy(() -> api.credentials(app, consumer, true)).hasMessageContaining("INSUFFICIENT_ACCESS")
                .hasMessageContaining("External Client App Developer (ExternalClientAppDeveloper)")
                .hasMessageContaining("View Client Secret (ViewClientSecret)");
    }

    @Test
    void aSecretLeftOutOfA200IsTheSettingOrThePermission() throws Exception {
        SfRest noSecret = (m, p, b) -> p.contains("?part=") ? new SfRest.Response(200, "{\"id\":\"888\",\"key\":\"K\"}")
                : org.send(m, p, b);
        OrgCredentialsApi a = new OrgCredentialsApi(noSecret, "65.0", "it-org");
        OrgApp app = a.app("Nango_Integration");

        assertThatThrownBy(() -> a.credentials(app, "888", true)).hasMessageContaining("did not return the consumer"
                + " secret").hasMessageContaining("enableClientSecretInRestApiAccess")
                .hasMessageContaining("ViewClientSecret");
    }

    @Test
    void anExpiredSessionIsAnEnvironmentProblem() {
        SfRest expired = (m, p, b) -> new SfRest.Response(401,
                "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");

        assertThatThrownBy(() -> new OrgCredentialsApi(expired, "65.0", "it-org").apps())
                .hasMessageContaining("INVALID_SESSION_ID").hasMessageContaining("sf org login web")
                .satisfies(e -> assertThat(((CredentialsException) e).isEnvironmentProblem()).isTrue());
    }

    @Test
    void followsUsagePagesUntilAnEmptyOne() throws Exception {
        SfRest paged = (m, p, b) -> p.contains("page=0") ? new SfRest.Response(200, "{\"apps\":[{\"developerName\":"
                + "\"A\",\"identifier\":\"1\"}],\"nextPageUrl\":\"/next\"}") : p.contains("page=1")
                ? new SfRest.Response(200, "{\"apps\":[{\"developerName\":\"B\",\"identifier\":\"2\"}],\"nextPageUrl\":"
                + "\"/next\"}") : new SfRest.Response(200, "{\"apps\":[],\"nextPageUrl\":\"/next\"}");

        assertThat(new OrgCredentialsApi(paged, "65.0", null).apps()).extracting(OrgApp::developerName)
                .containsExactly("A", "B");
    }

    @Test
    void aPackagedAppTheCredentialsApiAnswersNotFoundForIsExplainedWithTheSetupPath() throws Exception {
        SfRest notServed = (m, p, b) -> p.contains("/usage") ? new SfRest.Response(200, "{\"apps\":[{\"developerName\":"
                + "\"Pkg_App\",\"identifier\":\"0xI1\"}]}")
                : new SfRest.Response(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not"
                + " exist\"}]");
        OrgCredentialsApi packaged = new OrgCredentialsApi(notServed, "66.0", "src").packaged("Pkg_App");
        OrgCredentialsApi local = new OrgCredentialsApi(notServed, "66.0", "src");

        assertThatThrownBy(() -> packaged.consumer(packaged.app("Pkg_App")))
                .hasMessageContaining("does not serve the Packaged app Pkg_App through its credentials REST API (asked to"
                        + " read the consumers of Pkg_App, it answered HTTP 404 NOT_FOUND")
                .hasMessageContaining(OrgCredentialsApi.setupPath("Pkg_App"))
                .satisfies(e -> assertThat(((CredentialsException) e).isEnvironmentProblem()).isFalse());
        assertThatThrownBy(() -> local.consumer(local.app("Pkg_App"))).hasMessageContaining("could not read the"
                + " consumers of Pkg_App (HTTP 404 NOT_FOUND").hasMessageNotContaining("Packaged");
    }

    @Test
    void theSandboxFlagComesFromTheOrganizationQuery() throws Exception {
        assertThat(api.isSandbox()).isFalse();
        org.sandbox = true;
        assertThat(api.isSandbox()).isTrue();
        assertThat(org.paths).contains("services/data/v66.0/query?q=SELECT+IsSandbox+FROM+Organization");

        SfRest noFlag = (m, p, b) -> new SfRest.Response(200, "{\"totalSize\":0,\"records\":[]}");
        assertThatThrownBy(() -> new OrgCredentialsApi(noFlag, "66.0", "x").isSandbox())
                .hasMessageContaining("without Organization.IsSandbox")
                .hasMessageContaining("-Deca.nangoProvider=salesforce or salesforce-sandbox");
    }
}
