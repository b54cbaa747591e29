package io.github.ecamaven.eca.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.testing.FakeSfCli;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eca:credentials and eca:rotate-credentials end to end without Maven, against {@link FakeOrg} and {@link FakeNango}:
 * a Packaged app's one consumer is read in its source org only, and the Nango provider follows the org.
 */
class CredentialsGoalsTest {

    private static final String APP = "Nango_Integration";
    private static final String SOURCE = "00D000000000001";
    private static final String LINKED = "00D000000000002AAA";
    private static final String INTEGRATION = "sf";

    @TempDir
    Path project;

    final FakeOrg org = new FakeOrg();
    final FakeNango nango = new FakeNango();
    final RecordingLog log = new RecordingLog();
    final FakeSfCli sf = new FakeSfCli(); // answers nothing: the goals reach the org through FakeOrg only

    private CredentialsGoals goals() {
        return new CredentialsGoals(sf, log, targetOrg -> org, nango);
    }

    private CredentialsRequest request(String sourceOrgId, String provider) {
        return new CredentialsRequest(project, project.resolve("target"), APP, List.of(APP), "it", null, INTEGRATION,
                null, Secret.of("6b4e0c1a-2f3d-4c5b-9a8e-0123456789ab"), "NANGO_SECRET_KEY", null, false, sourceOrgId,
                provider, null);
    }

    /** The app's header and OAuth settings; {@code oauthLink} null for none. */
    private void app(String distributionState, String oauthLink) throws Exception {
        write("force-app/main/default/externalClientApps/" + APP + ".eca-meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                    <contactEmail>dev@example.com</contactEmail>
                    <distributionState>%s</distributionState>
                    <isProtected>false</isProtected>
                    <label>Nango</label>
                </ExternalClientApplication>
                """.formatted(distributionState));
        write("force-app/main/default/extlClntAppOauthSettings/" + APP + "_oauth.ecaOauth-meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExtlClntAppOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                    <commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>
                    <externalClientApplication>%s</externalClientApplication>
                    <label>%s_oauth</label>%s
                </ExtlClntAppOauthSettings>
                """.formatted(APP, APP, oauthLink == null ? "" : "\n    <oauthLink>" + oauthLink + "</oauthLink>"));
    }

    private void write(String relative, String text) throws Exception {
        Path f = project.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private String heldKey() {
        String[] pair = nango.pair(INTEGRATION);
        return pair == null ? null : pair[0];
    }

    @Test
    void aPackagedAppsCredentialsAreHandedOverFromItsSourceOrg() throws Exception {
        app("Packaged", SOURCE + ":888000000000001");
        org.orgId = SOURCE + "AAA";

        goals().handOver(request(null, null));

        assertThat(heldKey()).isEqualTo(org.key);
        assertThat(nango.pair(INTEGRATION)[1]).isEqualTo(org.secret);
        assertThat(log.text()).contains(APP + " is Packaged and it (admin@example.com, org " + SOURCE + "AAA) is its"
                + " source org (the org whose consumer its <oauthLink> names)").doesNotContain(org.secret);
    }

    @Test
    void aLinkedOrgIsRefusedNamingTheSourceOrgAndNothingIsRead() throws Exception {
        app("Packaged", SOURCE + ":888000000000001");
        org.orgId = LINKED;

        assertThatThrownBy(() -> goals().handOver(request(null, null))).isInstanceOf(CredentialsException.class)
                .hasMessageContaining(APP + ".eca-meta.xml: " + APP + " is a Packaged External Client App")
                .hasMessageContaining("org " + LINKED + ") is another org: this org uses the source org's consumer;"
                        + " run the goal against " + SOURCE + " (the org whose consumer its <oauthLink> names)")
                .hasMessageContaining("-D" + PropertyNames.TARGET_ORG + "=");
        assertThat(org.calls).isEmpty();
        assertThat(nango.integrations).isEmpty();
    }

    @Test
    void theDeclaredSourceOrgDecidesOverTheOauthLink() throws Exception {
        app("Packaged", LINKED + ":888000000000001");
        org.orgId = SOURCE + "AAA";

        goals().handOver(request(SOURCE + "AAA", null));

        assertThat(heldKey()).isEqualTo(org.key);
        assertThat(log.text()).contains("is its source org (" + PropertyNames.SOURCE_ORG_ID + ")");
    }

    @Test
    void aPackagedAppWithoutAKnownSourceOrgIsRefusedAskingForIt() throws Exception {
        app("Packaged", null);

        assertThatThrownBy(() -> goals().handOver(request(null, null))).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("does not tell which org that is")
                .hasMessageContaining("-D" + PropertyNames.SOURCE_ORG_ID + "=<00D")
                .hasMessageContaining("sf project retrieve start --metadata ExtlClntAppOauthSettings:");
        assertThat(org.calls).isEmpty();
    }

    @Test
    void aSourceOrgWhoseCredentialsApiDoesNotServeThePackagedAppNamesTheSetupPath() throws Exception {
        app("Packaged", SOURCE + ":888000000000001");
        org.orgId = SOURCE + "AAA";
        org.appUnlisted = true;

        assertThatThrownBy(() -> goals().handOver(request(null, null))).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("does not serve the Packaged app " + APP + " through its credentials REST API")
                .hasMessageContaining("External Client App Manager → " + APP + " → Settings → OAuth Settings →"
                        + " Consumer Key and Secret")
                .hasMessageNotContaining("Deploy the app first");
        assertThat(nango.integrations).isEmpty();
    }

    @Test
    void aLocalAppNotListedIsStillToldToDeploy() throws Exception {
        app("Local", null);
        org.appUnlisted = true;

        assertThatThrownBy(() -> goals().handOver(request(null, null))).hasMessageContaining("Deploy the app first")
                .hasMessageNotContaining("Packaged");
    }

    @Test
    void aLocalAppIsReadInWhateverOrgItRunsAgainst() throws Exception {
        app("Local", null);
        org.orgId = LINKED;

        goals().handOver(request(SOURCE, null));

        assertThat(heldKey()).isEqualTo(org.key);
        assertThat(nango.providers).containsEntry(INTEGRATION, "salesforce");
        assertThat(log.text()).contains("Nango provider salesforce (org " + LINKED + " is not a sandbox)");
    }

    @Test
    void aSandboxGetsASalesforceSandboxIntegration() throws Exception {
        app("Local", null);
        org.sandbox = true;

        goals().handOver(request(null, null));

        assertThat(nango.providers).containsEntry(INTEGRATION, NangoProvider.SALESFORCE_SANDBOX.id());
        assertThat(org.calls).anyMatch(c -> c.contains("query?q=SELECT+IsSandbox+FROM+Organization"));
        assertThat(log.text()).contains("Nango provider salesforce-sandbox (org " + org.orgId + " is a sandbox)");
    }

    @Test
    void theNamedProviderWinsAndTheOrgIsNotAsked() throws Exception {
        app("Local", null);
        org.sandbox = true;

        goals().handOver(request(null, "salesforce"));

        assertThat(nango.providers).containsEntry(INTEGRATION, "salesforce");
        assertThat(org.calls).noneMatch(c -> c.contains("IsSandbox"));
        assertThat(log.text()).contains("Nango provider salesforce (-D" + PropertyNames.NANGO_PROVIDER + "=salesforce)");
    }

    @Test
    void anIntegrationOfTheOtherProviderIsRefusedNamingBothUnlessTheProviderIsNamed() throws Exception {
        app("Local", null);
        org.sandbox = true;
        nango.put(INTEGRATION, "3MVG9.OLD", "OLD-SECRET", "api,refresh_token"); // provider salesforce

        assertThatThrownBy(() -> goals().handOver(request(null, null))).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("is for provider 'salesforce', but this needs 'salesforce-sandbox' (org "
                        + org.orgId + " is a sandbox)")
                .hasMessageContaining("-D" + PropertyNames.NANGO_INTEGRATION + "=KEY")
                .hasMessageContaining("-D" + PropertyNames.NANGO_PROVIDER + "=salesforce.");
        assertThat(heldKey()).isEqualTo("3MVG9.OLD");

        goals().handOver(request(null, "salesforce"));

        assertThat(heldKey()).isEqualTo(org.key);
    }

    @Test
    void aProviderThatIsNoneIsRefusedNamingTheProperty() throws Exception {
        app("Local", null);

        assertThatThrownBy(() -> goals().handOver(request(null, "salesforce-prod")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("<nangoProvider> (" + PropertyNames.NANGO_PROVIDER + ") is 'salesforce-prod'")
                .hasMessageContaining("salesforce, salesforce-sandbox");
        assertThat(org.calls).isEmpty();
    }

    @Test
    void rotatingAPackagedAppsConsumerSaysEveryLinkedOrgSwitchesWithIt() throws Exception {
        app("Packaged", SOURCE + ":888000000000001");
        org.orgId = SOURCE + "AAA";
        nango.put(INTEGRATION, org.key, org.secret, "api,refresh_token");
        String oldKey = org.key;
        Faults requests = new Faults(); // one list of the requests to the org and to Nango, in order
        org.faults = requests;
        nango.faults = requests;

        String newKey = goals().rotate(request(null, null));

        assertThat(newKey).isNotEqualTo(oldKey).isEqualTo(org.key).isEqualTo(heldKey());
        assertThat(log.text()).contains("Every linked org of " + APP + " switches with it: they share this consumer;"
                + " orgs where the package is installed keep working, because they use the same consumer.")
                .contains("Rotated " + APP + ": the consumer key is now " + newKey);
        // the same order as for a Local app: Nango gets the new pair before the promotion
        List<String> r = requests.requests;
        int nangoUpdate = r.indexOf(r.stream().filter(x -> x.startsWith("nango PATCH")).findFirst().orElseThrow());
        int promotion = r.indexOf(r.stream().filter(x -> x.startsWith("org PATCH")).findFirst().orElseThrow());
        assertThat(nangoUpdate).isLessThan(promotion);
    }

    @Test
    void rotationFromALinkedOrgIsRefused() throws Exception {
        app("Packaged", SOURCE + ":888000000000001");
        org.orgId = LINKED;

        assertThatThrownBy(() -> goals().rotate(request(null, null)))
                .hasMessageContaining("this org uses the source org's consumer; run the goal against " + SOURCE);
        assertThat(org.calls).isEmpty();
    }
}
