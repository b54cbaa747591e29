package io.github.ecamaven.eca.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.sf.SfErrorException;
import io.github.ecamaven.eca.testing.FakeSfCli;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageVersionsTest {

    @TempDir
    Path root;

    private final FakeSfCli sf = new FakeSfCli();
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void project() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
    }

    private PackageVersions versions() {
        return new PackageVersions(new PackagingContext(sf, root, root.resolve("target"), log, new FakeTicker()));
    }

    private static PackageVersions.InstallRequest install(Secret key) {
        return new PackageVersions.InstallRequest("subscriber", "04t0000000000AAAAA", key, 10, 0, "AdminsOnly",
                "Mixed", "all");
    }

    @Test
    void promoteArgv() throws Exception {
        sf.then("package-version-promote.success.json");
        assertThat(versions().promote("my-dev-hub", "Nango External App@0.1.0-1")).isEqualTo("04t0000000000AAAAA");
        assertThat(sf.argv(0)).containsExactly("package", "version", "promote", "--package",
                "Nango External App@0.1.0-1", "--no-prompt", "--target-dev-hub", "my-dev-hub", "--json");
    }

    @Test
    void noVersionGivenAndNoneRecordedIsTheUsersConfigurationToFix() {
        PackagingException e = catchThrowableOfType(PackagingException.class, () -> versions().promote(null, null));
        assertThat(e.isEnvironmentProblem()).isFalse();
        assertThat(e).hasMessageStartingWith("no package version is given, and eca:package-version-create recorded"
                + " none: pass -Deca.packageVersion=");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void promoteDefaultsToTheRecordedVersionAndDuplicateIsAContentFailure() throws Exception {
        new RequestIdStore(root.resolve("target")).record(new RequestIdStore.Entry("08c0000000000AAAAA", "P",
                "0Ho0000000000AAAAA", null, "Success", "04t0000000000AAAAA", "P@0.1.0-1"));
        sf.then(1, "error.duplicate-value.json");
        SfErrorException e = catchThrowableOfType(SfErrorException.class, () -> versions().promote(null, null));
        assertThat(sf.argv(0)).containsExactly("package", "version", "promote", "--package", "04t0000000000AAAAA",
                "--no-prompt", "--json");
        assertThat(e.isEnvironmentProblem()).isFalse();
    }

    @Test
    void installArgvWithMaskedKeyAndTimeoutCoveringTheWait() throws Exception {
        sf.then("package-install.success.json");
        versions().install(install(Secret.of("s3cret")));
        assertThat(sf.argv(0)).containsExactly("package", "install", "--package", "04t0000000000AAAAA",
                "--installation-key", "s3cret", "--wait", "10", "--publish-wait", "0", "--security-type",
                "AdminsOnly", "--upgrade-type", "Mixed", "--apex-compile", "all", "--no-prompt", "--target-org",
                "subscriber", "--json");
        assertThat(sf.commands.get(0).minimumTimeout().toMinutes()).isEqualTo(12);
        assertThat(sf.commands.get(0).display()).doesNotContain("s3cret");
        assertThat(log.text()).contains("Installed 04t0000000000AAAAA into subscriber").doesNotContain("s3cret");
    }

    @Test
    void installStillInProgressIsNotSuccess() throws Exception {
        sf.then("package-install.in-progress.json");
        PackagingException e = catchThrowableOfType(PackagingException.class, () -> versions().install(install(null)));
        assertThat(e.getMessage()).contains("still IN_PROGRESS", "0Hf0000000000AAAAA", "-Deca.wait");
        assertThat(sf.argv(0)).doesNotContain("--installation-key");
    }

    @Test
    void installWithoutVersionOrRecordSaysWhatToPass() {
        PackagingException e = catchThrowableOfType(PackagingException.class, () -> versions().install(
                new PackageVersions.InstallRequest(null, null, null, 10, 0, null, null, null)));
        assertThat(e.getMessage()).contains("-Deca.packageVersion=");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void listResolvesAliasesFromTheProject() throws Exception {
        sf.then("package-list.success.json");
        List<PackageVersions.PackageInfo> list = versions().list("my-dev-hub", true);
        assertThat(sf.argv(0)).containsExactly("package", "list", "--verbose", "--target-dev-hub", "my-dev-hub",
                "--json");
        assertThat(list).singleElement().satisfies(p -> {
            assertThat(p.alias()).isEqualTo("Nango External App");
            assertThat(p.namespace()).isEqualTo("nangons");
        });
        assertThat(log.text()).contains("0Ho0000000000AAAAA  Nango External App  Managed  namespace nangons  alias"
                + " \"Nango External App\"");
    }
}
