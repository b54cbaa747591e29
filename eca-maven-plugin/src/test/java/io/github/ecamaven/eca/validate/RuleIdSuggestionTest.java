package io.github.ecamaven.eca.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.validate.rules.ApiVersionElementRule;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An unknown rule id in {@code <rules>} / eca.validate.rules is refused with the id it most likely means. */
class RuleIdSuggestionTest {

    private static ValidationRequest rules(String id) {
        return ValidationRequest.of(Path.of(".")).withRuleSettings(Map.of(id, "off"));
    }

    @Test
    void aNumberWithoutItsZerosGetsTheCatalogueId() {
        String id = ApiVersionElementRule.ID;
        String shortened = id.replaceFirst("-0+", "-0"); // ECA-XML-07
        assertThat(shortened).isNotEqualTo(id);
        assertThatThrownBy(() -> EcaValidator.effectiveRules(rules(shortened)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown rule id '" + shortened + "'; did you mean '" + id + "'?");
        assertThat(RuleCatalogue.closestId(id.toLowerCase().replaceFirst("-0+", "-"))).isEqualTo(id);
    }

    @Test
    void aTypoGetsTheClosestIdAndNonsenseGetsTheCatalogue() {
        String id = ApiVersionElementRule.ID;
        assertThat(RuleCatalogue.closestId(id.replace("XML", "XLM"))).isEqualTo(id);
        assertThatThrownBy(() -> EcaValidator.effectiveRules(rules("no-such-thing")))
                .hasMessageContaining("unknown rule id 'no-such-thing'; use an id of the rule catalogue");
    }
}
