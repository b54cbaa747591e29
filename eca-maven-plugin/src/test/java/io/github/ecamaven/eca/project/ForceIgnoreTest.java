package io.github.ecamaven.eca.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glob matcher of {@code .forceignore}: gitignore semantics, and no input that makes it backtrack. */
class ForceIgnoreTest {

    @Test
    void aPatternThatMadeTheRegexBacktrackFinishesInMilliseconds() {
        String name = "a".repeat(60);
        ForceIgnore f = ForceIgnore.of("*a*a*a*a*a*a*a*a*a*a*b", "/**/*a*a*a*a*a*a*a*a*a*a*b/**",
                "**/" + "*a".repeat(30) + "*b");
        boolean ignored = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> f.ignores(Path.of("force-app", name, name, name + ".xml"))
                        || f.ignores(Path.of(name.repeat(3))));
        assertThat(ignored).isFalse();
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> f.ignores(Path.of("force-app", name + "b")))).isTrue();
    }

    @Test
    void starsStayInsideASegmentAndDoubleStarsSpanFolders() {
        ForceIgnore f = ForceIgnore.of("/force-app/*/secret", "**/drafts/**", "a/**/b", "x**y");
        assertThat(f.ignores(Path.of("force-app/main/secret/A.xml"))).isTrue();
        assertThat(f.ignores(Path.of("force-app/main/default/secret/A.xml"))).isFalse();
        assertThat(f.ignores(Path.of("drafts/A.xml"))).isTrue();
        assertThat(f.ignores(Path.of("p/q/drafts/A.xml"))).isTrue();
        assertThat(f.ignores(Path.of("p/q/drafts"))).as("a trailing /** needs something below").isFalse();
        assertThat(f.ignores(Path.of("a/b"))).isTrue();
        assertThat(f.ignores(Path.of("a/1/2/3/b/c.xml"))).isTrue();
        assertThat(f.ignores(Path.of("a/1/c"))).isFalse();
        assertThat(f.ignores(Path.of("q/x123y"))).as("** inside a segment is *").isTrue();
    }

    @Test
    void classesQuestionMarksAndLiterals() {
        ForceIgnore f = ForceIgnore.of("file[0-9a].xml", "[]x]", "v?.md", "# comment", "", "!keep.xml", "keep.xml");
        assertThat(f.ignores(Path.of("d/file7.xml"))).isTrue();
        assertThat(f.ignores(Path.of("d/filea.xml"))).isTrue();
        assertThat(f.ignores(Path.of("d/fileb.xml"))).isFalse();
        assertThat(f.ignores(Path.of("d/]"))).isTrue();
        assertThat(f.ignores(Path.of("d/v1.md"))).isTrue();
        assertThat(f.ignores(Path.of("d/v12.md"))).isFalse();
        assertThat(f.ignores(Path.of("keep.xml"))).as("negations are not supported: the other line wins").isTrue();
        assertThat(ForceIgnore.of("# only a comment", "!x").isEmpty()).isTrue();
    }

    @Test
    void absolutePathsAreJudgedRelativeToTheProjectRoot(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve(".forceignore"), "**/extlClntAppGlobalOauthSets\r\n");
        ForceIgnore f = ForceIgnore.read(root);
        assertThat(f.ignores(root, root.resolve("force-app/main/default/extlClntAppGlobalOauthSets/A.xml"))).isTrue();
        assertThat(f.ignores(root, root.resolve("force-app/main/default/externalClientApps/A.xml"))).isFalse();
        assertThat(f.ignores(root, root.resolveSibling("elsewhere/extlClntAppGlobalOauthSets/A.xml"))).isFalse();
        assertThat(ForceIgnore.read(root.resolve("no-such-folder")).isEmpty()).isTrue();
    }

    @Test
    void anUnreadableFileIsAnErrorNamingFileLineAndFix(@TempDir Path root) throws Exception {
        Files.write(root.resolve(".forceignore"), "ok\nbad\u00ff\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ForceIgnore.read(root)).hasMessageContaining(".forceignore:2:4:")
                .hasMessageContaining("save the file as UTF-8");
    }
}
