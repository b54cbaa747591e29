package io.github.ecamaven.eca.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShortenedTest {

    @Test
    void aValueAtTheLimitStaysWhole() {
        assertThat(Shortened.to("abcde", 5)).isEqualTo("abcde");
        assertThat(Shortened.withLength("abcde", 5)).isEqualTo("abcde");
        assertThat(Shortened.to(null, 5)).isNull();
        assertThat(Shortened.withLength(null, 5)).isNull();
    }

    @Test
    void oneCharacterOverTheLimitIsCutWithAnEllipsis() {
        assertThat(Shortened.to("abcdef", 5)).isEqualTo("abcde…");
        assertThat(Shortened.withLength("abcdef", 5)).isEqualTo("abcde… (6 characters)");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "abcd\uD83D\uDE00xyz"; // an emoji at index 4 and 5
        assertThat(Shortened.to(text, 5)).isEqualTo("abcd…");
        assertThat(Shortened.to(text, 6)).isEqualTo("abcd\uD83D\uDE00…");
    }

    @Test
    void aNegativeLimitIsAProgrammingError() {
        assertThatThrownBy(() -> Shortened.to("abc", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
