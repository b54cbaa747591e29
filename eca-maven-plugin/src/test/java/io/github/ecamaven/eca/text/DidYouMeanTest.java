package io.github.ecamaven.eca.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one "did you mean" policy and wording. */
class DidYouMeanTest {

    private static final List<String> PRESETS = List.of("nango", "minimal", "packaged");

    @Test
    void nearMissesGetTheQuotedSuggestion() {
        assertThat(DidYouMean.of("nagno", PRESETS)).isEqualTo("; did you mean 'nango'?");
        assertThat(DidYouMean.of("NANGO", PRESETS)).isEqualTo("; did you mean 'nango'?");
        assertThat(DidYouMean.of("pack", PRESETS)).isEqualTo("; did you mean 'packaged'?");
    }

    @Test
    void farOffValuesGetNone() {
        assertThat(DidYouMean.of("salesforce", PRESETS)).isEmpty();
        assertThat(DidYouMean.orPeriod("salesforce", PRESETS)).isEqualTo(".");
        assertThat(DidYouMean.of("nango", PRESETS)).isEmpty();
        assertThat(DidYouMean.of("", PRESETS)).isEmpty();
    }

    @Test
    void elementsKeepTheirMarkup() {
        assertThat(DidYouMean.phrase("<label>")).isEqualTo("; did you mean <label>?");
        assertThat(DidYouMean.quoted(null)).isEmpty();
    }

    @Test
    void editDistance() {
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    }
}
