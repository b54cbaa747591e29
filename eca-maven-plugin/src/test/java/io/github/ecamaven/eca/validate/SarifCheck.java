package io.github.ecamaven.eca.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The SARIF 2.1.0 schema's required properties and value constraints for what we emit (no schema file is
 * available offline, so this checks the schema's rules by hand).
 */
final class SarifCheck {

    private SarifCheck() {}

    static void assertValid(JsonNode log) {
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asText()).startsWith("https://");
        assertThat(log.path("runs").isArray()).isTrue();
        for (JsonNode run : log.path("runs")) {
            JsonNode driver = run.path("tool").path("driver");
            assertThat(driver.path("name").isTextual()).as("tool.driver.name").isTrue();
            assertThat(driver.path("informationUri").asText()).startsWith("https://");
            int ruleCount = driver.path("rules").size();
            for (JsonNode rule : driver.path("rules")) {
                assertThat(rule.path("id").isTextual()).as("rule.id").isTrue();
                assertThat(rule.path("shortDescription").path("text").isTextual()).isTrue();
                assertThat(rule.path("fullDescription").path("text").isTextual()).isTrue();
                assertThat(rule.path("help").path("text").isTextual()).isTrue();
                assertThat(rule.path("defaultConfiguration").path("level").asText())
                        .isIn("none", "note", "warning", "error");
                if (rule.path("properties").has("security-severity")) {
                    String sev = rule.path("properties").path("security-severity").asText();
                    assertThat(Double.parseDouble(sev)).isBetween(0.0, 10.0);
                }
                if (rule.has("helpUri")) {
                    assertThat(rule.path("helpUri").asText()).startsWith("https://");
                }
            }
            for (JsonNode res : run.path("results")) {
                assertThat(res.path("message").path("text").isTextual()).as("result.message.text").isTrue();
                assertThat(res.path("ruleId").isTextual()).isTrue();
                assertThat(res.path("level").asText()).isIn("none", "note", "warning", "error");
                if (res.has("ruleIndex")) {
                    assertThat(res.path("ruleIndex").asInt()).isBetween(0, ruleCount - 1);
                    assertThat(driver.path("rules").get(res.path("ruleIndex").asInt()).path("id").asText())
                            .isEqualTo(res.path("ruleId").asText());
                }
                for (JsonNode loc : res.path("locations")) {
                    JsonNode phys = loc.path("physicalLocation");
                    assertThat(phys.path("artifactLocation").path("uri").asText()).doesNotStartWith("/");
                    assertThat(phys.path("region").path("startLine").asInt()).isGreaterThanOrEqualTo(1);
                    if (phys.path("region").has("startColumn")) {
                        assertThat(phys.path("region").path("startColumn").asInt()).isGreaterThanOrEqualTo(1);
                    }
                }
                res.path("partialFingerprints").fields()
                        .forEachRemaining(e -> assertThat(e.getValue().isTextual()).isTrue());
            }
        }
    }
}
