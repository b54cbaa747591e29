package io.github.ecamaven.eca.it.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ITs can run in parallel: none shares an sf HOME or an org alias with another (see it/README.md). */
class ItScopeTest {

    private static final String POM = "<project><environmentVariables><HOME>sf-home</HOME></environmentVariables></project>";

    @TempDir
    Path dir;

    @Test
    void noTwoItsOfThisModuleShareAHomeOrAnAlias() throws IOException {
        assertThat(ItScope.itFolders(Path.of("src/it"))).hasSizeGreaterThan(10);
        assertThat(ItScope.problems(Path.of("pom.xml"), Path.of("src/it"))).isEmpty();
    }

    @Test
    void aSharedAliasIsReportedWithBothIts() throws IOException {
        Path root = tree(POM);
        it(root, "a", "invoker.goals = eca:package-create -Deca.targetDevHub=my-dev-hub\n", null);
        it(root, "b", "invoker.goals = eca:deploy\n", "ItOrg.start(basedir, [alias: 'my-dev-hub', scenario: 'x'])");
        it(root, "c", "invoker.goals = eca:deploy -Deca.targetOrg=\"c-org\"\n", "ItOrg.start(basedir, [alias: 'c-org'])");
        assertThat(ItScope.problems(root.resolve("pom.xml"), root.resolve("src/it"))).containsExactly(
                "alias 'my-dev-hub' is used by a, b; every IT names its own org aliases, so parallel ITs never log"
                        + " in over each other");
    }

    @Test
    void aSharedHomeIsReported() throws IOException {
        Path root = tree("<project><HOME>/tmp/sf-home</HOME></project>");
        it(root, "a", "invoker.environmentVariables.HOME = ../shared-home\n", null);
        it(root, "b", "invoker.environmentVariables.HOME = sf-home\n", "ItOrg.start(basedir, [alias: 'b', sfHome: sfHome])");
        assertThat(ItScope.problems(root.resolve("pom.xml"), root.resolve("src/it"))).containsExactly(
                root.resolve("pom.xml") + ": <HOME>/tmp/sf-home</HOME> is shared by every IT; use a relative folder"
                        + " such as sf-home, which each forked build resolves in its own IT folder",
                "a/invoker.properties: invoker.environmentVariables.HOME = ../shared-home leaves the IT's folder; give"
                        + " the IT a relative HOME such as sf-home",
                "b/setup.groovy: passes sfHome; ItOrg logs in under the IT's own sf-home, the HOME of its forked build");
    }

    @Test
    void anOrgWithoutAliasWouldShareTheDefault() throws IOException {
        Path root = tree(POM);
        it(root, "a", "invoker.goals = validate\n", "ItOrg.start(basedir, [scenario: 'x'])");
        assertThat(ItScope.problems(root.resolve("pom.xml"), root.resolve("src/it"))).containsExactly(
                "a/setup.groovy: ItOrg.start without alias: the default alias would be shared; give the IT its own,"
                        + " e.g. alias: 'it-a'");
    }

    private Path tree(String pom) throws IOException {
        Files.createDirectories(dir.resolve("src/it"));
        Files.writeString(dir.resolve("pom.xml"), pom);
        return dir;
    }

    private static void it(Path root, String name, String invokerProperties, String setup) throws IOException {
        Path it = Files.createDirectories(root.resolve("src/it").resolve(name));
        Files.writeString(it.resolve("pom.xml"), "<project/>");
        Files.writeString(it.resolve("invoker.properties"), invokerProperties);
        if (setup != null) {
            Files.writeString(it.resolve("setup.groovy"), setup);
        }
    }
}
