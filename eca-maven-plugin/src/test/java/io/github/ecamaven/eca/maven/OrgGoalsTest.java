package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.failure.ConfigurationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.testing.FakeSfCli;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The glue the org and packaging goals share: which apps, how long to wait, and what reaches sf. */
@ExtendWith(GoalExtension.class)
class OrgGoalsTest {

    @Test
    void theGoalsOwnListWinsElseTheConfiguredAppsElseAll(Goals goals) throws Exception {
        assertThat(goals.<DeployMojo>goal("deploy").selectedApps()).isEmpty();
        String apps = "<apps><app><name>Nango_Integration</name></app><app><name>Ci_App</name></app></apps>";
        assertThat(goals.<DeployMojo>goal("deploy", apps).selectedApps()).containsExactly("Nango_Integration",
                "Ci_App");
        goals.property(PropertyNames.APP_NAMES, " Other , Third"); // an empty item: see ParameterValuesTest
        assertThat(goals.<DeployMojo>goal("deploy", apps).selectedApps()).containsExactly("Other", "Third");
    }

    @Test
    void waitIsADurationAndSfGetsWholeMinutes(Goals goals) throws Exception {
        assertThat(AbstractSfMojo.duration("eca.wait", "PT20S")).isEqualTo(Duration.ofSeconds(20));
        assertThat(AbstractSfMojo.duration("eca.wait", "20")).isEqualTo(Duration.ofMinutes(20));
        DeployMojo deploy = goals.goal("deploy");
        assertThat(deploy.sfWaitMinutes("10")).isEqualTo(10);
        assertThat(deploy.sfWaitMinutes("90s")).isEqualTo(2);
        assertThat(deploy.sfWaitMinutes("PT20S")).isEqualTo(1);
        assertThatThrownBy(() -> deploy.sfWaitMinutes("soon")).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("eca.wait='soon' is not a duration;");
    }

    @Test
    void reportPassesTheRequestAndDevHubToSfAndReportsTheBuild(Goals goals) throws Exception {
        FakeSfCli sf = new FakeSfCli().then("create-report.success.json");
        PackageVersionReportMojo mojo = goals.property(PropertyNames.PACKAGE_VERSION_REPORT_REQUEST_ID,
                "08c0000000000AAAAA").property(PropertyNames.TARGET_DEV_HUB, " it-hub ").goal("package-version-report");
        mojo.sf = sf;
        mojo.execute(); // eca.wait's default, 0: one report, no polling
        assertThat(sf.argv(0)).containsExactly("package", "version", "create", "report",
                "--package-create-request-id", "08c0000000000AAAAA", "--target-dev-hub", "it-hub", "--json");
        assertThat(goals.log().text())
                .contains("Install URL: https://login.salesforce.com/packaging/installPackage.apexp?p0=");
    }

    @Test
    void aWaitThatIsNoDurationFailsBeforeSfRuns(Goals goals) {
        FakeSfCli sf = new FakeSfCli();
        PackageVersionReportMojo mojo = goals.property(PropertyNames.PACKAGE_VERSION_REPORT_REQUEST_ID,
                "08c0000000000AAAAA").property(PropertyNames.WAIT, "20 minutes").goal("package-version-report");
        mojo.sf = sf;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:package-version-report: eca.wait='20 minutes' is not a duration; use minutes (20),"
                        + " a unit (90s, 10m, 1h, 1m30s) or ISO-8601 (PT20S)");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void deployNamesSfsDefaultOrgWhenNoOrgIsGiven(Goals goals) throws Exception {
        String apps = "<apps><app><name>Nango_Integration</name><contactEmail>ops@example.com</contactEmail>"
                + "<preset>nango</preset></app></apps>";
        goals.goal("generate", apps).execute();
        FakeSfCli sf = new FakeSfCli().then("config-get.target-org.json").then("deploy.success.json")
                .then("deploy.success.json"); // the header first, then every file
        DeployMojo deploy = goals.goal("deploy", apps);
        deploy.sf = sf;
        deploy.execute();
        assertThat(sf.argv(0)).containsExactly("config", "get", "target-org", "--json");
        assertThat(sf.argv(1)).doesNotContain("--target-org");
        assertThat(goals.log().text()).contains("Deploying headers (1 files) to my-org (sf's default org)")
                .contains("Deploying all components (5 files) to my-org (sf's default org)");
    }

    @Test
    void credentialsNameTheAppAndSfsDefaultOrgBeforeTheyAskTheOrg(Goals goals) throws Exception {
        String apps = "<apps><app><name>Nango_Integration</name><contactEmail>ops@example.com</contactEmail>"
                + "<preset>nango</preset></app></apps>";
        goals.goal("generate", apps).execute();
        FakeSfCli sf = new FakeSfCli().then("config-get.target-org.json").then(1, "error.unknown-alias.json");
        CredentialsMojo credentials = goals.goal("credentials", apps);
        credentials.sf = sf;
        assertThatThrownBy(credentials::execute).isInstanceOf(MojoExecutionException.class);
        assertThat(sf.argv(0)).containsExactly("config", "get", "target-org", "--json");
        assertThat(sf.argv(1)).startsWith("org", "display");
        assertThat(goals.log().text())
                .contains("Reading the credentials of Nango_Integration in my-org (sf's default org)");
    }
}
