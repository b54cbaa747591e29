package io.github.ecamaven.eca.model.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OauthScopeTest {

    @Test
    void mapsOauthStringsToMetadataTokens() {
        assertThat(OauthScope.lenient("api")).isEqualTo(OauthScope.Api);
        assertThat(OauthScope.lenient("refresh_token")).isEqualTo(OauthScope.RefreshToken);
        assertThat(OauthScope.lenient("offline_access")).isEqualTo(OauthScope.OfflineAccess);
        assertThat(OauthScope.lenient("SFAP")).isEqualTo(OauthScope.SFApiPlatform);
        assertThat(OauthScope.lenient("apii")).isNull();
        assertThat(OauthScope.ofToken("api")).isNull();
    }

    @Test
    void formatsAndParsesTheRetrieveSpelling() {
        assertThat(OauthScopes.format(List.of(OauthScope.Api, OauthScope.RefreshToken))).isEqualTo("Api, RefreshToken");
        assertThat(OauthScopes.parse("Api,RefreshToken, bogus")).containsExactly(OauthScope.Api,
                OauthScope.RefreshToken);
        assertThat(OauthScopes.split("Api,RefreshToken, bogus")).containsExactly("Api", "RefreshToken", "bogus");
    }

    @Test
    void ipRelaxationAcceptsBothSpellings() {
        assertThat(IpRelaxationPolicy.fromXml("Enforce_RelaxRefresh")).isEqualTo(IpRelaxationPolicy.Enforce_relaxrefresh);
        assertThat(IpRelaxationPolicy.fromXml("Enforce_relaxrefresh").xmlValue()).isEqualTo("Enforce_relaxrefresh");
        assertThat(IpRelaxationPolicy.fromXml("Bypass").bypassesIpRestrictions()).isTrue();
        assertThat(RefreshTokenValidityUnit.Months.days(2)).isEqualTo(60.0);
    }
}
