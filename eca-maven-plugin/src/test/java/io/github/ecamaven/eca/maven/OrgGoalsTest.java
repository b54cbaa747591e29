package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.failure.ConfigurationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.testing.FakeSfCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glue the org and packaging goals share: which apps, how long to wait, and what reaches sf. */
class OrgGoalsTest {

    @TempDir
    Path dir;

    private static EcaApp app(String name) {
        EcaApp a = new EcaApp();
        a.setName(name);
        return a;
    }

    @Test
    void theGoalsOwnListWinsElseTheConfiguredAppsElseAll() throws Exception {
        DeployMojo mojo = new DeployMojo();
        assertThat(mojo.selectedApps()).isEmpty();
        Mojos.set(mojo, "apps", List.of(app("Nango_Integration"), app("Ci_App")));
        assertThat(mojo.selectedApps()).containsExactly("Nango_Integration", "Ci_App");
        Mojos.set(mojo, "appNames", List.of(" Other ", " Third")); // an empty item: see ParameterValuesTest
        assertThat(mojo.selectedApps()).containsExactly("Other", "Third");
    }

    @Test
    void waitIsADurationAndSfGetsWholeMinutes() throws Exception {
        assertThat(AbstractSfMojo.duration("eca.wait", "PT20S")).isEqualTo(Duration.ofSeconds(20));
        assertThat(AbstractSfMojo.duration("eca.wait", "20")).isEqualTo(Duration.ofMinutes(20));
        assertThat(AbstractSfMojo.sfWaitMinutes("10")).isEqualTo(10);
        assertThat(AbstractSfMojo.sfWaitMinutes("90s")).isEqualTo(2);
        assertThat(AbstractSfMojo.sfWaitMinutes("PT20S")).isEqualTo(1);
        assertThatThrownBy(() -> AbstractSfMojo.sfWaitMinutes("soon")).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("eca.wait='soon' is not a duration;");
    }

    @Test
    void reportPassesTheRequestAndDevHubToSfAndReportsTheBuild() throws Exception {
        FakeSfCli sf = new FakeSfCli().then("create-report.success.json");
        PackageVersionReportMojo mojo = report(sf);
        Mojos.set(mojo, "targetDevHub", " it-hub ");
        Mojos.set(mojo, "wait", "PT0S");
        Mojos.RecordingMavenLog log = Mojos.log(mojo);
        mojo.execute();
        assertThat(sf.argv(0)).containsExactly("package", "version", "create", "report",
                "--package-create-request-id", "08c0000000000AAAAA", "--target-dev-hub", "it-hub", "--json");
        assertThat(log.text()).contains("Install URL: https://login.salesforce.com/packaging/installPackage.apexp?p0=");
    }

    @Test
    void aWaitThatIsNoDurationFailsBeforeSfRuns() {
        FakeSfCli sf = new FakeSfCli();
        PackageVersionReportMojo mojo = report(sf);
        Mojos.set(mojo, "wait", "20 minutes");
        Mojos.log(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:package-version-report: eca.wait='20 minutes' is not a duration; use minutes (20), a unit (90s, 10m, 1h, 1m30s)"
                        + " or ISO-8601 (PT20S)");
        assertThat(sf.commands).isEmpty();
    }

    /** eca:package-version-report of a recorded request, with {@code sf} as its sf. */
    private PackageVersionReportMojo report(FakeSfCli sf) {
        PackageVersionReportMojo mojo = new PackageVersionReportMojo() {
            @Override
            protected SfCli sfCli() {
                return sf;
            }
        };
        Mojos.set(mojo, "projectDirectory", dir.toFile());
        Mojos.set(mojo, "pollInterval", 1);
        Mojos.set(mojo, "sfTimeout", 60);
        return Mojos.set(mojo, "requestId", "08c0000000000AAAAA");
    }
}
