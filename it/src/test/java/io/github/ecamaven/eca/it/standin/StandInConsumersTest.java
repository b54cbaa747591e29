package io.github.ecamaven.eca.it.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consumer registry and org ids shared by the stand-in orgs of one JVM, in-process (no sf). */
class StandInConsumersTest {

    @Test
    void caseSafeIdsHaveSalesforcesSuffix() {
        assertThat(StandInConsumers.caseSafe("00D000000000001")).isEqualTo("00D000000000001EAA");
        assertThat(StandInConsumers.caseSafe("00D5g000004SGtF")).isEqualTo("00D5g000004SGtFEAW");
    }

    @Test
    void orgsGetDistinctIdsAndAnIdInUseIsRefusedUntilItsOrgStops() {
        try (StandInOrg a = StandInOrg.start(); StandInOrg b = StandInOrg.start()) {
            assertThat(a.orgId()).hasSize(18).startsWith("00D").isNotEqualTo(b.orgId());
            assertThat(a.accessToken()).startsWith(a.orgId().substring(0, 15) + "!");
            String taken = a.orgId().substring(0, 15);
            assertThatThrownBy(() -> StandInOrg.start(Scenario.defaults().orgId(taken)))
                    .hasMessageContaining("already has the org id " + a.orgId()).hasMessageContaining("orgId of its own");
        }
        String id = StandInConsumers.claimNewOrgId();
        StandInConsumers.release(id);
        try (StandInOrg again = StandInOrg.start(Scenario.defaults().orgId(id))) {
            assertThat(again.orgId()).isEqualTo(id);
        }
        assertThatThrownBy(() -> StandInOrg.start(Scenario.defaults().orgId("00X123"))).hasMessageContaining("not an org id");
    }

    @Test
    void aSeededAppHasAConsumerOtherOrgsFindByItsLinkAndItGoesWithItsOrg() {
        String link;
        try (StandInOrg source = StandInOrg.start(Scenario.defaults().app(
                new Scenario.AppSeed("Nango_Integration", "Packaged", "https://api.nango.dev/oauth/callback", "Api", true)))) {
            link = source.oauthLink("Nango_Integration");
            assertThat(link).matches(source.orgId().substring(0, 15) + ":888[A-Za-z0-9]{12}");
            Map<String, Object> consumer = StandInConsumers.byLink(link);
            assertThat(consumer).containsEntry("app", "Nango_Integration").containsEntry("key", source.consumerKey("Nango_Integration"));
            String[] parts = link.split(":");
            assertThat(StandInConsumers.byLink(StandInConsumers.caseSafe(parts[0]) + ":" + StandInConsumers.caseSafe(parts[1])))
                    .as("18-character ids name the same consumer").isEqualTo(consumer);
            assertThat(StandInConsumers.byLink(parts[0] + ":888000000000404")).isNull();
            assertThat(source.scenario().orgComponents()).extracting(Scenario.OrgComponent::fullName)
                    .containsExactly("Nango_Integration", "Nango_Integration_oauth", "Nango_Integration_glbloauth");
            assertThat(StandInConsumers.digest("k")).hasSize(64).isNotEqualTo(StandInConsumers.digest("K"));
        }
        assertThat(StandInConsumers.byLink(link)).as("a stopped org's consumers are gone").isNull();
    }

    @Test
    void theCredentialsResourcesAnswerForHeldConsumersAndNotForLinkedApps() {
        OAuthCredentialsStandIn c = new OAuthCredentialsStandIn();
        c.addApp("Packaged_App", "888000000000007AAA", "KEY7", "SECRET7", "Packaged");
        c.addLinkedApp("Linked_App", "Packaged");
        Map<String, Map<String, Object>> state = c.state();
        String packaged = (String) state.get("Packaged_App").get("identifier");
        String linked = (String) state.get("Linked_App").get("identifier");
        assertThat(state.get("Linked_App")).containsEntry("consumerId", null).containsEntry("key", null);
        assertThat(c.answer("GET", "/services/data/v65.0/apps/oauth/credentials/" + packaged, "", null).status())
                .as("StandInAssumptions.CREDENTIALS_API_SERVES_PACKAGED_APPS").isEqualTo(200);
        assertThat(c.answer("GET", "/services/data/v65.0/apps/oauth/credentials/" + linked, "", null).status()).isEqualTo(404);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) ((Map<String, Object>) c.answer("GET",
                "/services/data/v65.0/apps/oauth/usage", "", null).body()).get("apps");
        assertThat(listed).extracting(a -> a.get("developerName")).containsExactly("Packaged_App", "Linked_App");
    }

    @Test
    void generatedElementsGoWhereTheirNameSorts() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExtlClntAppOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                    <commaSeparatedOauthScopes>Api</commaSeparatedOauthScopes>
                    <label>A_oauth</label>
                    <pkceRequired>true</pkceRequired>
                </ExtlClntAppOauthSettings>
                """;
        String linked = new String(StandInOrg.withElement(xml.getBytes(StandardCharsets.UTF_8), "oauthLink", "00D:888"),
                StandardCharsets.UTF_8);
        assertThat(linked).contains("<label>A_oauth</label>\n    <oauthLink>00D:888</oauthLink>\n    <pkceRequired>");
        String last = new String(StandInOrg.withElement(xml.getBytes(StandardCharsets.UTF_8), "zeta", "z&1"),
                StandardCharsets.UTF_8);
        assertThat(last).contains("<pkceRequired>true</pkceRequired>\n    <zeta>z&amp;1</zeta>\n</ExtlClntAppOauthSettings>");
        assertThat(StandInOrg.element(last.getBytes(StandardCharsets.UTF_8), "zeta")).isEqualTo("z&1");
    }
}
