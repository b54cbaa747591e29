package io.github.ecamaven.eca.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "20, 1200", "0, 0", "1, 60", // a bare number stays minutes, as eca.wait always meant
        "PT20S, 20", "pt1m30s, 90", "PT2H, 7200",
        "90s, 90", "10m, 600", "1h, 3600", "1m30s, 90", "' 10M ', 600",
    })
    void parses(String text, long seconds) {
        assertThat(Durations.parse("eca.wait", text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-5", "10 minutes", "PT-5S", "P", "5x", "1.5m", "s"})
    void rejectsWithTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Durations.parse("eca.wait", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("eca.wait='" + text + "' is not a duration; use minutes (20), a unit (90s, 10m, 1h, 1m30s)"
                        + " or ISO-8601 (PT20S)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999", "99999999999999999999999", "10081", "169h", "PT9999999999999999999H",
        "99999999999999h", "P8D"})
    void refusesAWaitBeyondTheRangeWithTheRange(String text) {
        assertThatThrownBy(() -> Durations.parse("eca.wait", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("eca.wait='" + text + "' is out of range: a wait is at most 7 days (10080 minutes, P7D)")
                .hasMessageNotContaining("overflow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10080", "168h", "P7D", "PT168H"})
    void acceptsTheLongestWait(String text) {
        assertThat(Durations.parse("eca.wait", text)).isEqualTo(Durations.MAX);
        assertThat(Math.toIntExact(Durations.wholeMinutes(Durations.parse("eca.wait", text)))).isEqualTo(10080);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "59, 1", "60, 1", "61, 2", "1200, 20"})
    void roundsUpToWholeMinutesForSf(long seconds, long minutes) {
        assertThat(Durations.wholeMinutes(Duration.ofSeconds(seconds))).isEqualTo(minutes);
    }

    @ParameterizedTest
    @CsvSource({"20, 20 s", "60, 1 minute", "600, 10 minutes", "90, 1 min 30 s", "0, 0 minutes"})
    void describes(long seconds, String text) {
        assertThat(Durations.describe(Duration.ofSeconds(seconds))).isEqualTo(text);
    }
}
