package io.github.ecamaven.eca.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One wiring of the plugin everywhere a user copies it from: the README's Quick Start is the original, and the site's
 * pages and the bundled example show the same {@code <executions>} block (goals only, no phase, so the default phases
 * order generate before validate). The verify-generates-then-validates IT proves what that block does.
 */
class QuickStartWiringTest {

    private static final Path ROOT =
            Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
    private static final Pattern EXECUTIONS = Pattern.compile("<executions>.*?</executions>", Pattern.DOTALL);

    static String executions(String relativePath) throws IOException {
        String text = Files.readString(ROOT.resolve(relativePath));
        Matcher m = EXECUTIONS.matcher(text);
        assertThat(m.find()).as("%s shows an <executions> block", relativePath).isTrue();
        String block = m.group().replaceAll("\\s+", "");
        assertThat(m.find()).as("%s shows one <executions> block only", relativePath).isFalse();
        return block;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "src/site/markdown/index.md.vm",
        "eca-maven-plugin/src/site/markdown/usage-local.md.vm",
        "eca-maven-plugin/src/site-templates/usage-ci.md.vm",
        "examples/nango-local/pom.xml"
    })
    void showsTheQuickStartWiring(String page) throws IOException {
        String quickStart = executions("README.md");
        assertThat(quickStart).doesNotContain("<phase>")
                .contains(String.join("", List.of("<goal>generate</goal>", "<goal>validate</goal>")));
        assertThat(executions(page)).as(page).isEqualTo(quickStart);
    }

    /** The sf template's .gitignore lacks Maven's build folder: both Quick Starts say to add it. */
    @ParameterizedTest
    @ValueSource(strings = {"README.md", "src/site/markdown/index.md.vm"})
    void theQuickStartSaysToIgnoreTarget(String page) throws IOException {
        assertThat(Files.readString(ROOT.resolve(page))).as(page).contains("`echo target/ >> .gitignore`");
    }
}
