package io.github.ecamaven.eca.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ecamaven.eca.credentials.OrgCredentialsApi.AppCredentials;
import io.github.ecamaven.eca.sf.Secret;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFileDestinationTest {

    @TempDir
    Path project;

    @Test
    void writesKeySecretAndScopesOwnerOnlyAndSaysWhenNothingChanged() throws Exception {
        Path file = project.resolve("target/eca/credentials/App.env");
        EnvFileDestination d = new EnvFileDestination(file, project, "App",
                "api,refresh_token");
        AppCredentials pair = new AppCredentials("3MVG9.KEY", Secret.of("THE-SECRET"));

        String first = d.deliver(pair);
        String second = d.deliver(pair);

        assertThat(Files.readString(file)).contains("SALESFORCE_CLIENT_ID=3MVG9.KEY\n",
                "SALESFORCE_CLIENT_SECRET=THE-SECRET\n", "SALESFORCE_SCOPES=api,refresh_token\n");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(first).startsWith("Wrote").doesNotContain("THE-SECRET");
        assertThat(second).contains("nothing changed");
        try (var s = Files.list(file.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("App.env"); // no temporary left
        }
        d.confirm(pair);
        assertThatThrownBy(() -> d.confirm(new AppCredentials("3MVG9.KEY", Secret.of("OTHER"))))
                .hasMessageContaining("does not hold the pair");
    }

    @Test
    void refusesAPackageDirectory() {
        assertThatThrownBy(() -> new EnvFileDestination(project.resolve("force-app/main/App.env"), project, "App", "api"))
                .hasMessageContaining("inside the package directory").hasMessageContaining("target/eca/credentials/App.env");
    }

    @Test
    void refusesTheProjectRootAndABlankPathNamingTheParameter() {
        assertThatThrownBy(() -> new EnvFileDestination(project, project, "App", "api"))
                .hasMessageContaining("eca.credentialsFile").hasMessageContaining("the project root");
        assertThatThrownBy(() -> new EnvFileDestination(project.resolve(" "), project, "App", "api"))
                .hasMessageContaining("eca.credentialsFile").hasMessageContaining("empty or blank");
    }

    @Test
    void refusesAPathGitTracks() throws Exception {
        assumeTrue(git("init", "-q") == 0, "git is not installed");
        Files.writeString(project.resolve(".env"), "X=1\n");
        assertThat(git("add", ".env")).isZero();

        assertThatThrownBy(() -> new EnvFileDestination(project.resolve(".env"), project, "App", "api"))
                .hasMessageContaining("tracked by git");
        Files.writeString(project.resolve(".gitignore"), "*.secret.env\n");
        new EnvFileDestination(project.resolve("creds.secret.env"), project, "App", "api");
    }

    @Test
    void refusesAPathInsideTheWorkTreeThatGitDoesNotIgnoreNamingTheLineToAdd() throws Exception {
        assumeTrue(git("init", "-q") == 0, "git is not installed");
        Files.writeString(project.resolve(".gitignore"), "target/\n");

        assertThatThrownBy(() -> new EnvFileDestination(project.resolve("creds.env"), project, "App", "api"))
                .hasMessageContaining("git does not ignore it").hasMessageContaining("Add the line /creds.env to ")
                .hasMessageContaining(".gitignore").hasMessageContaining("eca.credentialsFile");
        assertThatThrownBy(() -> new EnvFileDestination(project.resolve("sub/dir/a.env"), project, "App",
                "api")).hasMessageContaining("Add the line /sub/dir/a.env");
        // ignored: accepted, the default place included
        new EnvFileDestination(project.resolve("target/eca/credentials/App.env"), project, "App", "api");
    }

    @Test
    void outsideAWorkTreeAnyPathOutsideThePackageDirectoriesIsAccepted() throws Exception {
        assertThat(EnvFileDestination.notIgnored(project, project.resolve("creds.env"))).isNull();
        new EnvFileDestination(project.resolve("creds.env"), project, "App", "api");
    }

    private int git(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
