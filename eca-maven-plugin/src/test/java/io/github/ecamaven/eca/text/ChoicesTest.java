package io.github.ecamaven.eca.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.SessionSecurityLevel;
import io.github.ecamaven.eca.model.oauth.RefreshTokenValidityUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    @Test
    void listsTheEnumsValuesInTheirOrder() {
        assertThat(Choices.list(SessionSecurityLevel.values())).isEqualTo("LOW, STANDARD, HIGH_ASSURANCE");
        assertThat(Choices.either(RefreshTokenValidityUnit.values())).isEqualTo("Hours, Days or Months");
        assertThat(Choices.either(RefreshTokenValidityUnit.Days)).isEqualTo("Days");
        assertThat(Choices.upperCase(RefreshTokenValidityUnit.values())).isEqualTo("HOURS, DAYS, MONTHS");
    }

    @Test
    void readsAValueInAnyCaseButOnlyAmongTheAllowedOnes() {
        List<SessionSecurityLevel> allowed = List.of(SessionSecurityLevel.LOW, SessionSecurityLevel.STANDARD);
        assertThat(Choices.lenient(allowed, " standard ")).isEqualTo(SessionSecurityLevel.STANDARD);
        assertThat(Choices.lenient(allowed, "HIGH_ASSURANCE")).isNull();
        assertThat(Choices.lenient(allowed, "STANDAR")).isNull();
        assertThat(Choices.lenient(allowed, null)).isNull();
    }
}
