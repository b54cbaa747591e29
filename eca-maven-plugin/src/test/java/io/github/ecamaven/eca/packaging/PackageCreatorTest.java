package io.github.ecamaven.eca.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ecamaven.eca.sf.SfErrorException;
import io.github.ecamaven.eca.testing.FakeSfCli;
import io.github.ecamaven.eca.testing.RecordingLog;
import io.github.ecamaven.eca.testing.SfFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCreatorTest {

    @TempDir
    Path root;

    private final FakeSfCli sf = new FakeSfCli();
    private final RecordingLog log = new RecordingLog();

    private PackageCreator creator() {
        return new PackageCreator(new PackagingContext(sf, root, root.resolve("target"), log, new FakeTicker()));
    }

    private static PackageCreator.Request request(String type, String path) {
        return new PackageCreator.Request("my-dev-hub", "Nango External App", type, path, null, false, false);
    }

    @Test
    void theSeedCommandLineBecomesThisArgvAndReportsIdAndAlias() throws Exception {
        Projects.write(root, Projects.BEFORE_CREATE);
        sf.then(c -> {
            Files.writeString(root.resolve("sfdx-project.json"), Projects.AFTER_CREATE); // what sf does
            return SfFixtures.parse(c, 0, "package-create.success.json");
        });
        PackageCreator.Result r = creator().create(request("Managed", "force-app"));
        assertThat(sf.argv(0)).containsExactly("package", "create", "--name", "Nango External App",
                "--package-type", "Managed", "--path", "force-app", "--target-dev-hub", "my-dev-hub", "--json");
        assertThat(r.packageId()).isEqualTo("0Ho0000000000AAAAA");
        assertThat(r.alias()).isEqualTo("Nango External App");
        assertThat(log.text()).contains("0Ho0000000000AAAAA", "\"Nango External App\": \"0Ho0000000000AAAAA\"");
    }

    @Test
    void optionalFlagsAndDefaultPath() throws Exception {
        Projects.write(root, Projects.BEFORE_CREATE.replace("\"nangons\"", "\"\""));
        sf.then(c -> {
            Files.writeString(root.resolve("sfdx-project.json"), Projects.AFTER_CREATE);
            return SfFixtures.parse(c, 0, "package-create.success.json");
        });
        creator().create(new PackageCreator.Request(null, "Nango External App", "unlocked", null, "Nango ECA", true,
                true));
        assertThat(sf.argv(0)).containsExactly("package", "create", "--name", "Nango External App",
                "--package-type", "Unlocked", "--path", "force-app", "--description", "Nango ECA",
                "--no-namespace", "--org-dependent", "--json");
    }

    @Test
    void aliasIsAddedWhenSfDidNotWriteIt() throws Exception {
        Projects.write(root, Projects.BEFORE_CREATE);
        sf.then("package-create.success.json");
        creator().create(request("Managed", "force-app"));
        assertThat(Files.readString(root.resolve("sfdx-project.json")))
                .endsWith("\"packageAliases\": {\n    \"Nango External App\": \"0Ho0000000000AAAAA\"\n  }\n}");
        assertThat(log.text()).contains("[WARN] sf did not write the alias");
    }

    @Test
    void managedNeedsANamespaceBeforeSfIsCalled() throws Exception {
        Projects.write(root, Projects.BEFORE_CREATE.replace("\"nangons\"", "\"\""));
        PackagingException e = catchThrowableOfType(PackagingException.class,
                () -> creator().create(request("Managed", "force-app")));
        assertThat(e.getMessage()).contains("Managed package needs a namespace");
        assertThat(e.isEnvironmentProblem()).isFalse();
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void pathMustBeAPackageDirectory() throws Exception {
        Projects.write(root, Projects.BEFORE_CREATE);
        PackagingException e = catchThrowableOfType(PackagingException.class,
                () -> creator().create(request("Managed", "src")));
        assertThat(e.getMessage()).contains("'src' is not a package directory", "force-app");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void wrongTypeAndExistingAliasAreRefused() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        assertThat(catchThrowableOfType(PackagingException.class,
                () -> creator().create(request("Foo", "force-app")))).hasMessageContaining("eca.packageType is 'Foo'").hasMessageContaining("use one of Managed, Unlocked");
        assertThat(catchThrowableOfType(PackagingException.class,
                () -> creator().create(request("Managed", "force-app")))).hasMessageContaining("already has the alias");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void outsideAnSfdxProjectIsTheUsersConfigurationAsInEveryGoal() {
        PackagingException e = catchThrowableOfType(PackagingException.class,
                () -> creator().create(request("Managed", "force-app")));
        assertThat(e.isEnvironmentProblem()).isFalse();
        assertThat(e.getMessage()).contains("no sfdx-project.json", "eca.projectDirectory");
    }

    @Test
    void brokenSfdxProjectIsAContentProblemWithPosition() throws Exception {
        Projects.write(root, "{\n  \"packageDirectories\": [\n    // comment\n  ]\n}");
        PackagingException e = catchThrowableOfType(PackagingException.class,
                () -> creator().create(request("Managed", "force-app")));
        assertThat(e.isEnvironmentProblem()).isFalse();
        assertThat(e.getMessage()).contains("sfdx-project.json:3:", "comment");
    }

    @Test
    void sfErrorsPassThroughClassified() throws Exception {
        Projects.write(root, Projects.BEFORE_CREATE);
        sf.then(2, "error.unknown-alias.json");
        SfErrorException e = catchThrowableOfType(SfErrorException.class,
                () -> creator().create(request("Managed", "force-app")));
        assertThat(e.name()).isEqualTo("NamedOrgNotFoundError");
        assertThat(e.isEnvironmentProblem()).isTrue();
    }
}
