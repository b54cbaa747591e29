package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.ecamaven.eca.generate.ConfigProblem;
import io.github.ecamaven.eca.generate.GenerateConfigException;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.orgsync.OrgSyncException;
import io.github.ecamaven.eca.packaging.PackagingException;
import io.github.ecamaven.eca.project.SfdxProjectException;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfErrorException;
import io.github.ecamaven.eca.sf.SfTimeoutException;
import io.github.ecamaven.eca.sf.SfUnavailableException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * The house rule for every sf goal: the user's content (project, configuration, org answer) wrong fails the build
 * (MojoFailureException), a broken environment is an error (MojoExecutionException) with the cause kept; the
 * message is the core's, so no secret gets in.
 */
class TranslateTest {

    private static final SfCommand CMD = SfCommand.of("package", "version", "create")
            .secret("--installation-key", Secret.of("s3cret-key")).build();

    private static SfErrorException sfError(String name, int exit) {
        return new SfErrorException(CMD, exit, name, null, "it went wrong with s3cret-key", List.of(),
                MissingNode.getInstance());
    }

    @Test
    void contentProblemsFailTheBuild() {
        List<Exception> content = List.of(PackagingException.content("package dir missing"),
                sfError("PackageVersionCreateError", 1),
                new SfdxProjectException(Path.of("sfdx-project.json"), 3, 7, "comment", null),
                new OrgSyncException("the org lacks Nango_oauth"),
                new EcaXmlException(Path.of("a.eca-meta.xml"), 2, 5, "unknown element", null),
                new GenerateConfigException(List.of(new ConfigProblem("Nango", "<scopes>", "unknown scope"))));
        for (Exception e : content) {
            Exception t = AbstractSfMojo.translate(e);
            assertThat(t).as(e.getClass().getSimpleName()).isInstanceOf(MojoFailureException.class)
                    .hasMessage(e.getMessage()).hasCause(e);
        }
    }

    @Test
    void environmentProblemsAreErrorsWithTheirCause() {
        List<Exception> environment = List.of(PackagingException.environment("no 08c id"),
                sfError("NoDefaultDevHubError", 1), sfError("AnyError", 2),
                new SfTimeoutException(CMD, Duration.ofSeconds(5)),
                new SfUnavailableException(CMD, "sf not found", null), new IllegalStateException("bug"));
        for (Exception e : environment) {
            Exception t = AbstractSfMojo.translate(e);
            assertThat(t).as(e.getClass().getSimpleName()).isInstanceOf(MojoExecutionException.class)
                    .hasMessage(e.getMessage()).hasCause(e);
        }
        IOException io = new IOException("disk full");
        assertThat(AbstractSfMojo.translate(io)).isInstanceOf(MojoExecutionException.class)
                .hasMessage("I/O error: disk full").hasCause(io);
    }

    @Test
    void theMojosOwnVerdictPassesUnchanged() {
        MojoFailureException failure = new MojoFailureException("eca.wait='soon' is not a duration");
        MojoExecutionException error = new MojoExecutionException("Set only one of ...");
        assertThat(AbstractSfMojo.translate(failure)).isSameAs(failure);
        assertThat(AbstractSfMojo.translate(error)).isSameAs(error);
    }

    @Test
    void noSecretInTheTranslatedMessage() {
        assertThat(AbstractSfMojo.translate(sfError("PackageVersionCreateError", 1)).getMessage())
                .contains("it went wrong with").doesNotContain("s3cret-key");
    }

    @Test
    void callThrowsTheTranslationAndPassesResultsThrough() throws Exception {
        PackageListMojo sfGoal = new PackageListMojo();
        assertThat(sfGoal.call(() -> "ok")).isEqualTo("ok");
        assertThatThrownBy(() -> sfGoal.call(() -> {
            throw PackagingException.content("bad");
        })).isInstanceOf(MojoFailureException.class).hasMessage("bad");
        assertThatThrownBy(() -> sfGoal.call(() -> {
            throw new IOException("gone");
        })).isInstanceOf(MojoExecutionException.class).hasMessage("I/O error: gone");
    }
}
