package io.github.ecamaven.eca.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.log.EcaLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue's examples behave as shown: each rule's failing file, in a minimal sfdx project with the example's
 * companions, makes the rule fire; the fixed file makes it stop firing without bringing in any other rule's finding.
 */
class RuleExamplesTest {

    static Stream<Rule> rules() {
        return RuleCatalogue.rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void failingExampleFailsAndFixedExamplePasses(Rule rule, @TempDir Path dir) throws IOException {
        RuleExample ex = rule.example();
        assertThat(ex).as("example of %s", rule.id()).isNotNull();

        List<Finding> failing = validate(dir.resolve("failing"), ex, ex.failingFile(), ex.failing());
        assertThat(ids(failing)).as("%s fires on its failing example; all findings: %s", rule.id(), failing)
                .contains(rule.id());

        List<Finding> fixed = validate(dir.resolve("fixed"), ex, ex.fixedFile(), ex.fixed());
        assertThat(ids(fixed)).as("%s does not fire on its fixed example; all findings: %s", rule.id(), fixed)
                .doesNotContain(rule.id());
        Set<String> introduced = ids(fixed);
        introduced.removeAll(ids(failing));
        assertThat(introduced).as("the fix of %s brings no new finding; all findings: %s", rule.id(), fixed)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void exampleIsSmallAndComplete(Rule rule) {
        RuleExample ex = rule.example();
        for (String text : Stream.of(ex.failing(), ex.fixed()).filter(t -> t != null).toList()) {
            assertThat(text).as("%s example is a whole file", rule.id()).endsWith("\n");
            assertThat(text.lines().count()).as("%s example stays short", rule.id()).isLessThanOrEqualTo(40);
        }
        assertThat(ex.failingFile().equals(ex.fixedFile()) && Objects.equals(ex.failing(), ex.fixed()))
                .as("%s: the fixed example differs from the failing one", rule.id()).isFalse();
    }

    /** A minimal project: sfdx-project.json ({@link RuleExample#MINIMAL_PROJECT} or the example's), force-app. */
    private static List<Finding> validate(Path dir, RuleExample ex, String file, String content) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sfdx-project.json", RuleExample.MINIMAL_PROJECT);
        files.putAll(ex.companions());
        files.remove(ex.failingFile());
        files.remove(ex.fixedFile());
        if (content != null) {
            files.put(file, content);
        }
        Files.createDirectories(dir.resolve("force-app"));
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            String link = RuleExample.linkTarget(e.getValue());
            if (link != null) {
                Files.createSymbolicLink(f, Path.of(link));
            } else {
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            }
        }
        return EcaValidator.validate(ValidationRequest.of(dir).withProfile(ex.profile()), EcaLog.NONE).findings();
    }

    private static Set<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }
}
