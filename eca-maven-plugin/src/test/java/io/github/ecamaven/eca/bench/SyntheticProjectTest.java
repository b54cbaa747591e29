package io.github.ecamaven.eca.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.ValidationResult;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's trees are reproducible and mean what the benchmark says: valid apps pass, broken apps fail. */
class SyntheticProjectTest {

    @Test
    void sameSeedWritesTheSameTreeAndAnotherSeedAnother(@TempDir Path tmp) throws Exception {
        int n = SyntheticProject.write(tmp.resolve("a"), 200, 3, 7);
        SyntheticProject.write(tmp.resolve("b"), 200, 3, 7);
        SyntheticProject.write(tmp.resolve("c"), 200, 3, 8);

        assertThat(n).isBetween(200 + 15, 200 + 15 + 20);
        assertThat(SyntheticProject.treeHash(tmp.resolve("a"))).isEqualTo(SyntheticProject.treeHash(tmp.resolve("b")))
                .isNotEqualTo(SyntheticProject.treeHash(tmp.resolve("c")));
    }

    @Test
    void validAppsPassAndEveryBrokenAppFails(@TempDir Path tmp) throws Exception {
        int apps = 2 * SyntheticProject.BROKEN_EVERY;
        SyntheticProject.write(tmp, 300, apps, 1);

        ValidationResult result = EcaValidator.validate(tmp);

        Set<String> failing = new TreeSet<>();
        for (Finding f : result.findings()) {
            if (f.severity() == Severity.ERROR) {
                failing.add(app(f.path()));
            }
        }
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < apps; i++) {
            if (SyntheticProject.broken(i)) {
                expected.add(SyntheticProject.appName(i));
            }
        }
        assertThat(expected).hasSize(2);
        assertThat(failing).as("apps with errors; findings: %s", result.findings()).isEqualTo(expected);
        assertThat(result.filesRead()).as("the five files of every app and sfdx-project.json").isEqualTo(5 * apps + 1);
    }

    private static String app(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.length() >= 14 && file.startsWith("Bench_App_") ? file.substring(0, 14) : file;
    }
}
