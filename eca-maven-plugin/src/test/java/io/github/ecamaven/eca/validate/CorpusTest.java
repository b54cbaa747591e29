package io.github.ecamaven.eca.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ecamaven.eca.model.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real ECA projects from public repositories ({@code ../shared/corpus}, one folder per repository): Salesforce
 * accepted every file, so the validator must not report a single error on them.
 */
class CorpusTest {

    private static Path corpus() {
        return Shared.require("corpus");
    }

    @Test
    void noErrorOnAnyCorpusProject() throws IOException {
        Path corpus = corpus();
        List<Path> projects;
        try (Stream<Path> s = Files.list(corpus)) {
            projects = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(projects).isNotEmpty();
        int files = 0;
        for (Path p : projects) {
            for (Profile profile : List.of(Profile.DEFAULT, Profile.NANGO)) {
                ValidationResult r = EcaValidator.validate(ValidationRequest.of(p).withProfile(profile),
                        io.github.ecamaven.eca.log.EcaLog.NONE);
                List<Finding> errors = r.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .filter(f -> profile == Profile.DEFAULT || !profileOnly(f))
                        .toList();
                assertThat(errors).as("errors in %s with profile %s", p.getFileName(), profile.name()).isEmpty();
                files = Math.max(files, r.filesRead());
            }
        }
        assertThat(files).isGreaterThan(3);
    }

    /** Rules that check a profile's own expectations (nango's callback and scopes), not Salesforce's rules. */
    private static boolean profileOnly(Finding f) {
        return List.of("ECA-CB-004", "ECA-SCOPE-002", "ECA-OAUTH-001", "ECA-OAUTH-002").contains(f.ruleId());
    }

    @Test
    void corpusFindingsPointAtLines() throws IOException {
        Path p = corpus().resolve("N-P-N-P__SFDX-SFDX");
        assumeTrue(Files.isDirectory(p), "SKIPPED: corpus project N-P-N-P__SFDX-SFDX is absent");
        List<String> lines = EcaValidator.validate(p).findings().stream().map(Finding::toConsoleLine).toList();
        assertThat(lines).contains("force-app/main/default/extlClntAppOauthSettings/Devops_JWT_oauth.ecaOauth-meta.xml"
                + ":3:5: WARNING [ECA-SCOPE-003] the Full scope grants more than an integration needs; list the"
                + " scopes it uses (e.g. Api, RefreshToken)");
    }
}
