package io.github.ecamaven.eca.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files shaped like real retrieves and committed files (the round-trip fixtures of eca-model): no error-level
 * finding. A field orgs still emit after the WSDL dropped it is not reported; one an org emits a version before the
 * WSDL dates it is a warning at most; a Zero policy with period 0 and no unit is how orgs return it.
 */
class RealPatternsTest {

    static final Path FIXTURES = Paths.get("../eca-model/src/test/resources/real-patterns");

    static Path project(Path dir, String apiVersion) throws IOException {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\n  \"packageDirectories\": [\n    {\n      \"path\":"
                + " \"force-app\",\n      \"default\": true\n    }\n  ],\n  \"name\": \"real\",\n  \"namespace\": \"\",\n"
                + "  \"sourceApiVersion\": \"" + apiVersion + "\"\n}\n");
        try (Stream<Path> s = Files.list(FIXTURES)) {
            for (Path f : s.toList()) {
                MetadataType t = MetadataType.ofFileName(f.getFileName().toString());
                Path target = dir.resolve("force-app/main/default/" + t.directoryName()).resolve(f.getFileName());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        return dir;
    }

    private static List<Finding> findings(Path dir, Profile p) throws IOException {
        return EcaValidator.validate(ValidationRequest.of(dir).withProfile(p), EcaLog.NONE).findings();
    }

    @Test
    void realPatternsGiveNoErrorAt66(@TempDir Path dir) throws IOException {
        List<Finding> f = findings(project(dir, "66.0"), Profile.DEFAULT);
        assertThat(f).filteredOn(x -> x.severity() == Severity.ERROR).isEmpty();
        assertThat(f).filteredOn(x -> x.ruleId().equals("ECA-XML-007")).singleElement()
                .satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.WARNING);
                    assertThat(x.message()).contains("isEnforceRefreshTokenTTL", "orgs already emit it at 66.0");
                });
        assertThat(f).extracting(Finding::message).noneMatch(m -> m.contains("isNamedUserJwtEnabled"));
        assertThat(f).extracting(Finding::ruleId).doesNotContain("ECA-OAUTH-005", "ECA-XML-008", "ECA-XML-003");
    }

    @Test
    void at67TheTtlFlagIsDocumented(@TempDir Path dir) throws IOException {
        assertThat(findings(project(dir, "67.0"), Profile.DEFAULT)).extracting(Finding::ruleId)
                .doesNotContain("ECA-XML-007");
    }

    @Test
    void at65TheTtlFlagIsStillAnError(@TempDir Path dir) throws IOException {
        assertThat(findings(project(dir, "65.0"), Profile.DEFAULT))
                .filteredOn(x -> x.ruleId().equals("ECA-XML-007") && x.message().contains("isEnforceRefreshTokenTTL"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }
}
