package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.migrate.MigrateRequest;
import io.github.ecamaven.eca.testing.FakeSfCli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.assertj.core.api.SoftAssertions;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Maven hands a goal for {@code -Dname=value} (the goal built by the harness from the descriptor, through
 * Maven's own configurator), and that every empty or blank value, and every empty item of a list, fails the build
 * naming the parameter before the goal does anything.
 */
@ExtendWith(GoalExtension.class)
class ParameterValuesTest {

    private static final List<String> GOALS = Mojos.goals();

    private static MigrateMojo migrate(Goals goals, String appNames) {
        return goals.property(PropertyNames.APP_NAMES, appNames).goal("migrate");
    }

    private static Object appNames(Mojo mojo) throws Exception {
        return MojoExtension.getVariableValueFromObject(mojo, "appNames");
    }

    @Test
    void mavenSplitsAListAtCommasAndMakesAnEmptyItemNull(Goals goals) throws Exception {
        assertThat((List<?>) appNames(goals.goal("migrate"))).as("unset").isNullOrEmpty();
        assertThat(appNames(migrate(goals, "CustomerPortal,"))).isEqualTo(Arrays.asList("CustomerPortal", null));
        assertThat(appNames(migrate(goals, "A,,B"))).isEqualTo(Arrays.asList("A", null, "B"));
        assertThat(appNames(migrate(goals, ""))).isEqualTo(List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CustomerPortal,", ",", "A,,B", ",A", "A, ,B"})
    void migrateRefusesAnEmptyItemOfAppNamesInsteadOfCrashing(String names, Goals goals) {
        MigrateMojo m = migrate(goals, names);
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:migrate: <appNames> (eca.appNames) has an empty item")
                .hasMessageContaining("separate the values with single commas");
    }

    @Test
    void migrateRefusesAnEmptyAppNamesProperty(Goals goals) {
        assertThatThrownBy(migrate(goals, "")::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:migrate: <appNames> (eca.appNames) is empty; give a value, or leave"
                        + " the parameter out for its default");
    }

    @Test
    void aMigrateRequestWithAnEmptyItemIsRefusedNotANullPointer(@TempDir Path dir) {
        assertThatThrownBy(() -> MigrateRequest.of(dir).withApps(Arrays.asList("CustomerPortal", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("<appNames> (eca.appNames) has an empty item (item 2 of 2)");
        assertThat(MigrateRequest.of(dir).withApps(List.of(" A ")).apps()).containsExactly("A");
    }

    @Test
    void credentialsRefusesAnEmptyItemInsteadOfNamingNull(Goals goals) {
        CredentialsMojo m = goals.property(PropertyNames.APP_NAMES, "A1,").goal("credentials");
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:credentials: <appNames> (eca.appNames) has an empty item"
                        + " (item 2 of 2)")
                .hasMessageNotContaining("null");
    }

    @Test
    void anEmptyItemOfAPomListIsRefusedByTheGoalThatReadsIt(Goals goals) throws Exception {
        DeployMojo mojo = goals.goal("deploy", "<appNames><appName>A</appName><appName> </appName></appNames>");
        assertThatThrownBy(mojo::selectedApps).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("<appNames> (eca.appNames) has an empty item (item 2 of 2)");
        mojo = goals.property(PropertyNames.APP_NAMES, " A ,B").goal("deploy");
        assertThat(mojo.selectedApps()).containsExactly("A", "B");
    }

    /** Every parameter of {@code goal} that a property sets: name, property, type. */
    static List<String[]> propertiesOf(String goal) {
        List<String[]> out = new ArrayList<>();
        MojoDescriptor d = Mojos.descriptor(goal);
        for (Parameter p : d.getParameters()) {
            String e = d.getMojoConfiguration().getChild(p.getName()).getValue(null);
            if (p.isEditable() && e != null && e.startsWith("${eca.")) {
                out.add(new String[] {p.getName(), e.substring(2, e.length() - 1), p.getType()});
            }
        }
        return out;
    }

    @Test
    void theSweepBelowCoversEveryGoal() {
        assertThat(GOALS).contains("generate", "migrate", "credentials", "package-install").doesNotContain("help");
        assertThat(GOALS).allSatisfy(g -> assertThat(propertiesOf(g)).as(g).isNotEmpty());
        assertThat(GOALS.stream().mapToInt(g -> propertiesOf(g).size()).sum()).isGreaterThan(150);
    }

    /** One goal per case (a container each), every property of it one after another in that container. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.ecamaven.eca.maven.Mojos#goals")
    void anEmptyValueOfAnyParameterIsRefusedNamingIt(String goal, Goals goals) {
        SoftAssertions softly = new SoftAssertions();
        for (String[] p : propertiesOf(goal)) {
            String name = p[0];
            String property = p[1];
            for (String text : List.of("", "   ")) {
                goals.property(property, text);
                if (p[2].equals("int")) { // Maven's own conversion refuses it before the goal runs
                    softly.assertThatThrownBy(() -> goals.goal(goal)).as(goal + " -D" + property + "='" + text + "'")
                            .hasCauseInstanceOf(ComponentConfigurationException.class);
                    continue;
                }
                Mojo m = goals.goal(goal); // the property stays: the goal reads its text too
                // a skip switch is read first, as a boolean, so that a skipped goal checks nothing else
                String says = property.endsWith("skip") ? ": '" + text + "' is not a boolean"
                        : " is " + (text.isEmpty() ? "empty" : "blank");
                softly.assertThatThrownBy(m::execute).as(goal + " -D" + property + "='" + text + "'")
                        .isInstanceOf(MojoFailureException.class).hasMessageStartingWith(
                                "eca:" + goal + ": <" + name + "> (" + property + ")" + says);
            }
            goals.property(property, null);
        }
        softly.assertAll();
    }

    @Test
    void aValueThatSfWouldReadAsAFlagIsRefusedNamingTheParameterBeforeSfRuns(Goals goals) throws Exception {
        FakeSfCli sf = new FakeSfCli().then("create-report.success.json");
        PackageVersionReportMojo m = report(goals.property(PropertyNames.TARGET_DEV_HUB, "--json"), sf);
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:package-version-report: <targetDevHub> (eca.targetDevHub) is '--json', which"
                        + " begins with '-': sf would read it as a flag, not as the value of --target-dev-hub; give"
                        + " the value without the leading dash");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void aWaitOutOfRangeSaysSoBeforeSfRuns(Goals goals) throws Exception {
        FakeSfCli sf = new FakeSfCli();
        PackageVersionReportMojo m = report(goals.property(PropertyNames.WAIT, "99999999999999"), sf);
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:package-version-report: eca.wait='99999999999999' is out of range: a wait is at"
                        + " most 7 days (10080 minutes, P7D)");
        assertThat(sf.commands).isEmpty();
    }

    private static PackageVersionReportMojo report(Goals goals, FakeSfCli sf) {
        PackageVersionReportMojo m = goals.property(PropertyNames.PACKAGE_VERSION_REPORT_REQUEST_ID,
                "08c0000000000AAAAA").goal("package-version-report");
        m.sf = sf;
        return m;
    }
}
