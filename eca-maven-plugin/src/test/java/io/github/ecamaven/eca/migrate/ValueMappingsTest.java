package io.github.ecamaven.eca.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.model.PermittedUsersPolicyType;
import io.github.ecamaven.eca.model.RefreshTokenPolicyType;
import io.github.ecamaven.eca.model.oauth.IpRelaxationPolicy;
import io.github.ecamaven.eca.model.oauth.OauthScope;
import io.github.ecamaven.eca.model.oauth.RefreshTokenValidityUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueMappingsTest {

    @ParameterizedTest
    @CsvSource({
        "infinite, Infinite, , ",
        "zero, Zero, , ",
        "specific_lifetime:90:DAYS, SpecificLifetime, 90, Days",
        "specific_lifetime:12:MONTHS, SpecificLifetime, 12, Months",
        "specific_inactivity:7:HOURS, SpecificInactivity, 7, Hours",
        "Specific_Lifetime:1:days, SpecificLifetime, 1, Days"
    })
    void refreshTokenPolicyStringsSplitIntoTypePeriodUnit(String ca, String type, Integer period, String unit) {
        ValueMappings.RefreshPolicy p = ValueMappings.refreshTokenPolicy(ca);
        assertThat(p.type()).isEqualTo(RefreshTokenPolicyType.valueOf(type));
        assertThat(p.period()).isEqualTo(period);
        assertThat(p.unit()).isEqualTo(unit == null ? null : RefreshTokenValidityUnit.valueOf(unit));
    }

    @Test
    void absentRefreshTokenPolicyIsTheDocumentedDefault() {
        assertThat(ValueMappings.refreshTokenPolicy(null).type()).isEqualTo(RefreshTokenPolicyType.Infinite);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SPECIFIC_LIFETIME", "IMMEDIATE_EXPIRATION", "specific_lifetime", "specific_lifetime:x:DAYS",
        "specific_lifetime:3:WEEKS", "never"})
    void refreshTokenPolicyShapesOutsideTheDocsAreRejected(String ca) {
        assertThatThrownBy(() -> ValueMappings.refreshTokenPolicy(ca)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ca);
    }

    @ParameterizedTest
    @CsvSource({"ENFORCE, Enforce", "BYPASS, Bypass", "BYPASS_2FACTOR, Bypass_2factor",
        "ENFORCE_RELAXREFRESH, Enforce_relaxrefresh"})
    void ipRelaxationTakesTheOrgSpelling(String ca, String eca) {
        assertThat(ValueMappings.ipRelaxation(ca).xmlValue()).isEqualTo(eca);
    }

    @Test
    void ipRelaxationDefaultsToEnforceAndRejectsInventedValues() {
        assertThat(ValueMappings.ipRelaxation(null)).isEqualTo(IpRelaxationPolicy.Enforce);
        assertThatThrownBy(() -> ValueMappings.ipRelaxation("RELAXED")).hasMessageContaining("RELAXED");
    }

    @Test
    void isAdminApprovedDecidesPermittedUsers() {
        assertThat(ValueMappings.permittedUsers(true)).isEqualTo(PermittedUsersPolicyType.AdminApprovedPreAuthorized);
        assertThat(ValueMappings.permittedUsers(false)).isEqualTo(PermittedUsersPolicyType.AllSelfAuthorized);
        assertThat(ValueMappings.permittedUsers(null)).isEqualTo(PermittedUsersPolicyType.AllSelfAuthorized);
    }

    @Test
    void onlySfapIsRenamedAndInventedScopesAreFound() {
        assertThat(ValueMappings.scope("SFAP")).isEqualTo(OauthScope.SFApiPlatform);
        assertThat(ValueMappings.scope("RefreshToken")).isEqualTo(OauthScope.RefreshToken);
        assertThat(ValueMappings.invalidScopes(List.of("Api", "ID", "SfapApi", "SFApiPlatform")))
                .containsExactly("ID", "SfapApi", "SFApiPlatform");
    }

    @ParameterizedTest
    @CsvSource({"Order_Sync, true", "A1, true", "1App, false", "My__App, false", "App_, false", "My App, false"})
    void apiNames(String name, boolean valid) {
        assertThat(ValueMappings.isValidApiName(name)).isEqualTo(valid);
    }
}
