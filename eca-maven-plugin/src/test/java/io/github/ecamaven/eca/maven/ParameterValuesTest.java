package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.failure.ConfigurationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.migrate.MigrateRequest;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.testing.FakeSfCli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Maven hands a goal for {@code -Dname=value} (through Maven's own configurator, {@link Mojos#configure}), and
 * that every empty or blank value, and every empty item of a list, fails the build naming the parameter before the
 * goal does anything.
 */
class ParameterValuesTest {

    @TempDir
    Path dir;

    private static final List<String> GOALS = Mojos.goals();

    private static AbstractEcaMojo mojo(String goal) {
        try {
            String impl = Mojos.descriptor(goal).getImplementation();
            return (AbstractEcaMojo) Class.forName(impl).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private MigrateMojo migrate(String appNames) throws Exception {
        MigrateMojo m = Mojos.configure(new MigrateMojo(), "migrate", dir, Map.of("eca.appNames", appNames));
        Mojos.log(m);
        return m;
    }

    @Test
    void mavenSplitsAListAtCommasAndMakesAnEmptyItemNull() throws Exception {
        MigrateMojo m = Mojos.configure(new MigrateMojo(), "migrate", dir, Map.of("eca.appNames", "CustomerPortal,"));
        assertThat(field(m, "appNames")).isEqualTo(Arrays.asList("CustomerPortal", null));
        m = Mojos.configure(new MigrateMojo(), "migrate", dir, Map.of("eca.appNames", "A,,B"));
        assertThat(field(m, "appNames")).isEqualTo(Arrays.asList("A", null, "B"));
        m = Mojos.configure(new MigrateMojo(), "migrate", dir, Map.of("eca.appNames", ""));
        assertThat(field(m, "appNames")).isEqualTo(List.of());
        m = Mojos.configure(new MigrateMojo(), "migrate", dir, Map.of());
        assertThat((List<?>) field(m, "appNames")).as("unset").isNullOrEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CustomerPortal,", ",", "A,,B", ",A", "A, ,B"})
    void migrateRefusesAnEmptyItemOfAppNamesInsteadOfCrashing(String names) throws Exception {
        MigrateMojo m = migrate(names);
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:migrate: <appNames> (eca.appNames) has an empty item")
                .hasMessageContaining("separate the values with single commas");
    }

    @Test
    void migrateRefusesAnEmptyAppNamesProperty() throws Exception {
        assertThatThrownBy(migrate("")::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:migrate: <appNames> (eca.appNames) is empty; give a value, or leave"
                        + " the parameter out for its default");
    }

    @Test
    void aMigrateRequestWithAnEmptyItemIsRefusedNotANullPointer() {
        assertThatThrownBy(() -> MigrateRequest.of(dir).withApps(Arrays.asList("CustomerPortal", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("<appNames> (eca.appNames) has an empty item (item 2 of 2)");
        assertThat(MigrateRequest.of(dir).withApps(List.of(" A ")).apps()).containsExactly("A");
    }

    @Test
    void credentialsRefusesAnEmptyItemInsteadOfNamingNull() throws Exception {
        CredentialsMojo m = Mojos.configure(new CredentialsMojo(), "credentials", dir, Map.of("eca.appNames", "A1,"));
        Mojos.log(m);
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:credentials: <appNames> (eca.appNames) has an empty item"
                        + " (item 2 of 2)")
                .hasMessageNotContaining("null");
    }

    @Test
    void anEmptyItemOfAPomListIsRefusedByTheGoalThatReadsIt() throws Exception {
        DeployMojo mojo = new DeployMojo(); // no descriptor: the list is read through the one list reading
        Mojos.set(mojo, "appNames", Arrays.asList("A", " "));
        assertThatThrownBy(mojo::selectedApps).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("<appNames> (eca.appNames) has an empty item"
                        + " (item 2 of 2)");
        Mojos.set(mojo, "appNames", List.of(" A ", "B"));
        assertThat(mojo.selectedApps()).containsExactly("A", "B");
    }

    /** Every goal, every parameter a property sets. */
    static Stream<Arguments> everyPropertyOfEveryGoal() {
        List<Arguments> out = new ArrayList<>();
        for (String goal : GOALS) {
            MojoDescriptor d = Mojos.descriptor(goal);
            for (Parameter p : d.getParameters()) {
                String e = d.getMojoConfiguration().getChild(p.getName()).getValue(null);
                if (p.isEditable() && e != null && e.startsWith("${eca.")) {
                    out.add(Arguments.of(goal, p.getName(), e.substring(2, e.length() - 1), p.getType()));
                }
            }
        }
        return out.stream();
    }

    @Test
    void theSweepBelowCoversEveryGoal() {
        assertThat(GOALS).contains("generate", "migrate", "credentials", "package-install").doesNotContain("help");
        assertThat(everyPropertyOfEveryGoal().map(a -> a.get()[0]).distinct()).hasSize(GOALS.size());
        assertThat(everyPropertyOfEveryGoal().count()).isGreaterThan(150);
    }

    @ParameterizedTest(name = "{0} -D{2}=")
    @MethodSource("everyPropertyOfEveryGoal")
    void anEmptyValueOfAnyParameterIsRefusedNamingIt(String goal, String name, String property, String type)
            throws Exception {
        for (String text : List.of("", "   ")) {
            AbstractEcaMojo m = mojo(goal);
            if (type.equals("int")) { // Maven's own conversion refuses it before the goal runs
                assertThatThrownBy(() -> Mojos.configure(m, goal, dir, Map.of(property, text)))
                        .isInstanceOf(ComponentConfigurationException.class);
                continue;
            }
            Mojos.configure(m, goal, dir, Map.of(property, text));
            Mojos.log(m);
            // a skip switch is read first, as a boolean, so that a skipped goal checks nothing else
            String says = property.endsWith("skip") ? ": '" + text + "' is not a boolean"
                    : " is " + (text.isEmpty() ? "empty" : "blank");
            assertThatThrownBy(m::execute).as(goal + " -D" + property + "='" + text + "'")
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("eca:" + goal + ": <" + name + "> (" + property + ")" + says);
        }
    }

    @Test
    void aValueThatSfWouldReadAsAFlagIsRefusedNamingTheParameterBeforeSfRuns() throws Exception {
        FakeSfCli sf = new FakeSfCli().then("create-report.success.json");
        PackageVersionReportMojo m = report(sf, Map.of("eca.targetDevHub", "--json",
                "eca.packageVersionReport.requestId", "08c0000000000AAAAA", "eca.wait", "0"));
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:package-version-report: <targetDevHub> (eca.targetDevHub) is '--json', which begins with '-': sf would read it"
                        + " as a flag, not as the value of --target-dev-hub; give the value without the leading dash");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void aWaitOutOfRangeSaysSoBeforeSfRuns() throws Exception {
        FakeSfCli sf = new FakeSfCli();
        PackageVersionReportMojo m = report(sf, Map.of("eca.wait", "99999999999999",
                "eca.packageVersionReport.requestId", "08c0000000000AAAAA"));
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:package-version-report: eca.wait='99999999999999' is out of range: a wait is at most 7 days (10080 minutes,"
                        + " P7D)");
        assertThat(sf.commands).isEmpty();
    }

    private PackageVersionReportMojo report(FakeSfCli sf, Map<String, String> properties) throws Exception {
        PackageVersionReportMojo m = Mojos.configure(new PackageVersionReportMojo() {
            @Override
            protected SfCli sfCli() {
                return sf;
            }
        }, "package-version-report", dir, properties);
        Mojos.log(m);
        return m;
    }

    private static Object field(Object mojo, String name) throws Exception {
        for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
            try {
                var f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(mojo);
            } catch (NoSuchFieldException e) {
                // superclass
            }
        }
        throw new AssertionError(name);
    }
}
