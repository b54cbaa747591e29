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
        assertThat(log.text()).contains("0Ho0000000000AAAAA", "\"Nango External App\": \"0Ho0000000000AAAAA\"")
                .doesNotContain("rewrote");
        // sf merged the package into the plain entry and lost nothing: its edit stays as sf wrote it
        assertThat(Files.readString(root.resolve("sfdx-project.json"))).isEqualTo(Projects.AFTER_CREATE);
    }

    // What the real sf 2.129.8 does when the entry already names the package (as eca:generate writes it for a
    // Packaged app): it replaces the entry by a new one, {versionName: "ver 0.1", versionNumber: "0.1.0.NEXT", path,
    // default: false (another entry is marked default, or true when none is), package, versionDescription: the
    // description or ""}, drops every other key, appends packageAliases and writes without a trailing newline.
    private static final String GENERATED = """
            {
              "packageDirectories": [
                {
                  "path": "force-app",
                  "default": true,
                  "package": "Nango External App",
                  "versionName": "ver 0.1",
                  "versionNumber": "0.1.0.NEXT"
                },
                {
                  "path": "eca-org",
                  "default": false
                }
              ],
              "name": "eca",
              "namespace": "nangons",
              "sfdcLoginUrl": "https://login.salesforce.com",
              "sourceApiVersion": "67.0"
            }
            """;

    private static final String GENERATED_AFTER_SF = """
            {
              "packageDirectories": [
                {
                  "versionName": "ver 0.1",
                  "versionNumber": "0.1.0.NEXT",
                  "path": "force-app",
                  "default": false,
                  "package": "Nango External App",
                  "versionDescription": ""
                },
                {
                  "path": "eca-org",
                  "default": false
                }
              ],
              "name": "eca",
              "namespace": "nangons",
              "sfdcLoginUrl": "https://login.salesforce.com",
              "sourceApiVersion": "67.0",
              "packageAliases": {
                "Nango External App": "0Ho0000000000AAAAA"
              }
            }""";

    private void sfRewrites(String after) {
        sf.then(c -> {
            Files.writeString(root.resolve("sfdx-project.json"), after);
            return SfFixtures.parse(c, 0, "package-create.success.json");
        });
    }

    @Test
    void theDefaultSfTookFromTheGeneratedEntryIsRestoredInItsKeyOrderAndLoggedInOneLine() throws Exception {
        Projects.write(root, GENERATED);
        sfRewrites(GENERATED_AFTER_SF);
        PackageCreator.Result r = creator().create(request("Managed", "force-app"));
        assertThat(r.alias()).isEqualTo("Nango External App");
        assertThat(Files.readString(root.resolve("sfdx-project.json"))).isEqualTo("""
                {
                  "packageDirectories": [
                    {
                      "path": "force-app",
                      "default": true,
                      "package": "Nango External App",
                      "versionName": "ver 0.1",
                      "versionNumber": "0.1.0.NEXT",
                      "versionDescription": ""
                    },
                    {
                      "path": "eca-org",
                      "default": false
                    }
                  ],
                  "name": "eca",
                  "namespace": "nangons",
                  "sfdcLoginUrl": "https://login.salesforce.com",
                  "sourceApiVersion": "67.0",
                  "packageAliases": {
                    "Nango External App": "0Ho0000000000AAAAA"
                  }
                }""");
        assertThat(log.lines.stream().filter(l -> l.contains("rewrote"))).containsExactly(
                "[INFO] sf package create rewrote the package directory 'force-app' (\"default\": true) in"
                        + " sfdx-project.json; restored the entry as it was, with the keys sf added.");
        assertThat(log.text()).contains("Created Managed package 'Nango External App' 0Ho0000000000AAAAA");
    }

    @Test
    void everyKeyAndValueSfDroppedFromTheEntryComesBack() throws Exception {
        Projects.write(root, """
                {
                  "packageDirectories": [
                    {
                      "path": "other",
                      "default": false
                    },
                    {
                      "path": "force-app",
                      "default": true,
                      "package": "Nango External App",
                      "versionName": "Spring",
                      "versionNumber": "1.2.0.NEXT",
                      "ancestorVersion": "HIGHEST",
                      "dependencies": [
                        {
                          "package": "Base@1.0.0-1"
                        }
                      ]
                    }
                  ],
                  "namespace": "nangons",
                  "packageAliases": {
                    "Base@1.0.0-1": "04t000000000009AAA"
                  }
                }
                """);
        sfRewrites("""
                {
                  "packageDirectories": [
                    {
                      "path": "other",
                      "default": false
                    },
                    {
                      "versionName": "ver 0.1",
                      "versionNumber": "0.1.0.NEXT",
                      "path": "force-app",
                      "default": false,
                      "package": "Nango External App",
                      "versionDescription": "Nango ECA"
                    }
                  ],
                  "namespace": "nangons",
                  "packageAliases": {
                    "Base@1.0.0-1": "04t000000000009AAA",
                    "Nango External App": "0Ho0000000000AAAAA"
                  }
                }""");
        creator().create(new PackageCreator.Request("my-dev-hub", "Nango External App", "Managed", "force-app",
                "Nango ECA", false, false));
        String text = Files.readString(root.resolve("sfdx-project.json"));
        assertThat(text).contains("""
                    {
                      "path": "force-app",
                      "default": true,
                      "package": "Nango External App",
                      "versionName": "Spring",
                      "versionNumber": "1.2.0.NEXT",
                      "ancestorVersion": "HIGHEST",
                      "dependencies": [
                        {
                          "package": "Base@1.0.0-1"
                        }
                      ],
                      "versionDescription": "Nango ECA"
                    }
                """).contains("\"Nango External App\": \"0Ho0000000000AAAAA\"");
        assertThat(log.text()).contains("'force-app' (\"default\": true, \"versionName\": \"Spring\","
                + " \"versionNumber\": \"1.2.0.NEXT\", \"ancestorVersion\": \"HIGHEST\", \"dependencies\")");
    }

    @Test
    void anEditThatCannotBeUndoneFailsNamingTheEntryAndThePackageCreated() throws Exception {
        Projects.write(root, GENERATED);
        sfRewrites(GENERATED_AFTER_SF.replace("\"path\": \"force-app\"", "\"path\": \"src\""));
        PackagingException e = catchThrowableOfType(PackagingException.class,
                () -> creator().create(request("Managed", "force-app")));
        assertThat(e.isEnvironmentProblem()).isFalse();
        assertThat(e.getMessage()).contains("sf package create changed packageDirectories[0] ('force-app')",
                "replaced it by an entry for 'src'", "The package 'Nango External App' 0Ho0000000000AAAAA is created",
                "fix the entry by hand");
    }

    @Test
    void anEntryNamingAnotherPackageIsRefusedBeforeSfWouldAddASecondEntryForTheFolder() throws Exception {
        Projects.write(root, GENERATED.replace("\"package\": \"Nango External App\"", "\"package\": \"Old Name\""));
        PackagingException e = catchThrowableOfType(PackagingException.class,
                () -> creator().create(request("Managed", "force-app")));
        assertThat(e.getMessage()).contains("'force-app' (packageDirectories[0]", "\"package\": \"Old Name\"",
                "second entry for the same folder", "-Deca.packageName=\"Old Name\"");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void anotherFoldersEntryNamingThePackageIsRefusedBeforeSfWouldReplaceIt() throws Exception {
        Projects.write(root, GENERATED);
        Files.createDirectories(root.resolve("eca-org"));
        PackagingException e = catchThrowableOfType(PackagingException.class,
                () -> creator().create(request("Managed", "eca-org")));
        assertThat(e.getMessage()).contains("'force-app' (packageDirectories[0]", "would replace that entry",
                "-Deca.packageDirectory=force-app");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void optionalFlagsAndDefaultPath() throws Exception {
        Projects.write(root, Projects.BEFORE_CREATE.replace("\"nangons\"", "\"\""));
        sf.then(c -> {
            Files.writeString(root.resolve("sfdx-project.json"), Projects.AFTER_CREATE);
            return SfFixtures.parse(c, 0, "package-create.success.json");
        }).then("config-get.target-dev-hub.json");
        creator().create(new PackageCreator.Request(null, "Nango External App", "unlocked", null, "Nango ECA", true,
                true));
        assertThat(sf.argv(0)).containsExactly("package", "create", "--name", "Nango External App",
                "--package-type", "Unlocked", "--path", "force-app", "--description", "Nango ECA",
                "--no-namespace", "--org-dependent", "--json");
        // without -Deca.targetDevHub the goal names the Dev Hub sf took
        assertThat(sf.argv(1)).containsExactly("config", "get", "target-dev-hub", "--json");
        assertThat(log.text()).contains("in my-hub (sf's default Dev Hub)");
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
