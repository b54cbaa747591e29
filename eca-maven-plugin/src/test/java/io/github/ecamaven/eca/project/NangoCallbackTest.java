package io.github.ecamaven.eca.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Nango callback: derived from the declared Nango URL, Nango Cloud's by default, overridable. */
class NangoCallbackTest {

    @Test
    void nangoCloudByDefault() {
        assertThat(NangoCallback.of(null, null)).isEqualTo(NangoCallback.CLOUD);
        assertThat(NangoCallback.of(" ", "")).isEqualTo(NangoCallback.CLOUD);
        assertThat(NangoCallback.CLOUD.url()).isEqualTo("https://api.nango.dev/oauth/callback");
        assertThat(NangoCallback.CLOUD.isCloud()).isTrue();
        assertThat(NangoCallback.of(NangoCallback.CLOUD_URL + "/", null).isCloud()).isTrue();
        assertThat(NangoCallback.CLOUD.origin()).isEqualTo("derived from eca.nangoUrl https://api.nango.dev"
                + " (Nango Cloud, the default) as <url>/oauth/callback");
    }

    @Test
    void aSelfHostedNangoHasItsOwnCallback() {
        NangoCallback c = NangoCallback.of(" https://nango.example.com/base// ", null);
        assertThat(c.url()).isEqualTo("https://nango.example.com/base/oauth/callback");
        assertThat(c.nangoUrl()).isEqualTo("https://nango.example.com/base");
        assertThat(c.custom()).isFalse();
        assertThat(c.isCloud()).isFalse();
        assertThat(c.origin()).isEqualTo("derived from eca.nangoUrl https://nango.example.com/base as"
                + " <url>/oauth/callback");
        assertThat(c.isAmong(List.of("https://api.nango.dev/oauth/callback"))).isFalse();
        assertThat(c.isAmong(List.of("https://x.example.com/cb", " https://nango.example.com/base/oauth/callback")))
                .isTrue();
        assertThat(c.isAmong(List.of("https://nango.example.com/base/oauth/callback/"))).as("compared exactly")
                .isFalse();
    }

    @Test
    void theCustomCallbackUrlWins() {
        NangoCallback c = NangoCallback.of("https://nango.example.com", "https://auth.example.com/oauth/callback");
        assertThat(c.url()).isEqualTo("https://auth.example.com/oauth/callback");
        assertThat(c.custom()).isTrue();
        assertThat(c.origin()).contains(PropertyNames.NANGO_CALLBACK_URL);
        assertThat(c.fix()).startsWith("add https://auth.example.com/oauth/callback to the app's callbacks")
                .contains("-D" + PropertyNames.NANGO_URL, "-D" + PropertyNames.NANGO_CALLBACK_URL, "eca:generate");
    }

    @Test
    void aValueThatIsNoUrlNamesItsProperty() {
        assertThatThrownBy(() -> NangoCallback.of("nango.example.com", null)).isInstanceOf(
                ConfigurationException.class).hasMessageStartingWith("<nangoUrl> (eca.nangoUrl) is 'nango.example.com'")
                .hasMessageContaining("https://nango.example.com");
        assertThatThrownBy(() -> NangoCallback.of(null, "ftp://auth.example.com/cb"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("eca.nangoCallbackUrl")
                .hasMessageContaining("no http(s) URL");
        assertThatThrownBy(() -> NangoCallback.of("https://nango.example.com/?a=b", null))
                .hasMessageContaining("a query or fragment");
        assertThatThrownBy(() -> NangoCallback.of("https://nango example.com", null))
                .hasMessageContaining("no URL");
    }
}
