package io.github.ecamaven.eca.migrate;

import static io.github.ecamaven.eca.migrate.Fixtures.app;
import static io.github.ecamaven.eca.migrate.Fixtures.oauthApp;
import static io.github.ecamaven.eca.migrate.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.schema.ApiVersion;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final ApiVersion V66 = ApiVersion.of(66);

    private static Verdict check(String name, String xml) throws Exception {
        return Eligibility.check(source(name, xml), V66, null, false);
    }

    @Test
    void plainOauthAppConverts() throws Exception {
        assertThat(check("Order_Sync", oauthApp("", "", "")).outcome()).isEqualTo(Verdict.Outcome.CONVERT);
    }

    @Test
    void e1PackagedShapeIsRefused() throws Exception {
        Verdict v = check("Sync", app("    <developerName>acme__Sync</developerName>\n    <label>Sync</label>\n"
                + "    <version>3</version>\n"));
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.REFUSE);
        assertThat(v.rule()).isEqualTo("E1");
        assertThat(v.reason()).contains("installed package").contains(":3:");
    }

    @Test
    void e1NamespacedNameIsRefused() throws Exception {
        assertThat(check("acme__Sync", oauthApp("", "", "")).rule()).isEqualTo("E1");
    }

    @Test
    void e1NamespacedStartUrlWithoutOwnSettingsIsRefused() throws Exception {
        Verdict v = check("Release_Center", app("    <contactEmail>a@example.org</contactEmail>\n"
                + "    <label>Release Center</label>\n    <startUrl>/lightning/n/rel__Release_Center</startUrl>\n"));
        assertThat(v.rule()).isEqualTo("E1");
    }

    @Test
    void e5SamlNeedsApi63AndNoTripleDes() throws Exception {
        String saml = app("    <contactEmail>a@example.org</contactEmail>\n    <label>Wiki</label>\n"
                + "    <samlConfig>\n        <acsUrl>https://sp.example.org/acs</acsUrl>\n"
                + "        <encryptionType>ENC</encryptionType>\n        <entityUrl>https://sp.example.org</entityUrl>\n"
                + "        <samlSubjectType>Username</samlSubjectType>\n    </samlConfig>\n");
        assertThat(Eligibility.check(source("Wiki", saml.replace("ENC", "AES_256")), ApiVersion.of(62), null, false)
                .rule()).isEqualTo("E5");
        assertThat(Eligibility.check(source("Wiki", saml.replace("ENC", "AES_256")), ApiVersion.of(63), null, false)
                .outcome()).isEqualTo(Verdict.Outcome.CONVERT);
        Verdict des = check("Wiki", saml.replace("ENC", "Triple_Des"));
        assertThat(des.rule()).isEqualTo("E5");
        assertThat(des.reason()).contains("Triple_Des");
    }

    @Test
    void e6CanvasNeedsApi66() throws Exception {
        String xml = oauthApp("", "", "").replace("    <contactEmail>", "    <canvasConfig>\n"
                + "        <accessMethod>Get</accessMethod>\n        <canvasUrl>https://c.example.org</canvasUrl>\n"
                + "    </canvasConfig>\n    <contactEmail>");
        assertThat(Eligibility.check(source("Cv", xml), ApiVersion.of(65), null, false).rule()).isEqualTo("E6");
        assertThat(Eligibility.check(source("Cv", xml), V66, null, false).outcome())
                .isEqualTo(Verdict.Outcome.CONVERT);
    }

    @Test
    void e7ApexPluginNeedsANamedHandler() throws Exception {
        String xml = oauthApp("", "", "    <plugin>MyPlugin</plugin>\n");
        Verdict v = check("Order_Sync", xml);
        assertThat(v.rule()).isEqualTo("E7");
        assertThat(v.reason()).contains("MyPlugin").contains("eca.migrate.apexHandlers=Order_Sync:");
        assertThat(Eligibility.check(source("Order_Sync", xml), V66, "MyEcaHandler", false).outcome())
                .isEqualTo(Verdict.Outcome.CONVERT);
    }

    @Test
    void e9NothingToConvertIsSkipped() throws Exception {
        Verdict v = check("Portal", app("    <contactEmail>a@example.org</contactEmail>\n    <label>Portal</label>\n"
                + "    <startUrl>/home</startUrl>\n"));
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.SKIP);
        assertThat(v.rule()).isEqualTo("E9");
    }

    @Test
    void e10DevHubAppsAreSkippedUnlessIncluded() throws Exception {
        String xml = oauthApp("", "", "");
        assertThat(check("DEVHUB_abcdefghij0123456789", xml).rule()).isEqualTo("E10");
        assertThat(Eligibility.check(source("DEVHUB_abcdefghij0123456789", xml), V66, null, true).outcome())
                .isEqualTo(Verdict.Outcome.CONVERT);
    }

    @Test
    void invalidEcaNamesAreRefused() throws Exception {
        assertThat(check("Order_Sync_", oauthApp("", "", "")).rule()).isEqualTo("NAME");
    }
}
