package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.testing.FakeSfCli;
import java.nio.file.Files;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code -Deca.nangoUrl} reaches eca:generate, eca:validate and eca:credentials alike: a self-hosted Nango gets its
 * callback registered, and no key goes to Nango for an app that lacks it.
 */
@ExtendWith(GoalExtension.class)
class NangoCallbackGoalsTest {

    private static final String APPS = "<apps><app><name>Nango_Integration</name><contactEmail>ops@example.com"
            + "</contactEmail><preset>nango</preset></app></apps>";

    private static CredentialsMojo credentials(Goals goals, FakeSfCli sf) throws Exception {
        CredentialsMojo mojo = goals.property(PropertyNames.NANGO_INTEGRATION, "salesforce")
                .goal("credentials", APPS);
        mojo.environment = Map.of("NANGO_SECRET_KEY", "nango-key")::get;
        mojo.sf = sf;
        return mojo;
    }

    @Test
    void credentialsRefuseAnAppWithoutTheSelfHostedCallbackBeforeAskingTheOrgOrNango(Goals goals) throws Exception {
        goals.goal("generate", APPS).execute(); // Nango Cloud's callback
        FakeSfCli sf = new FakeSfCli();
        CredentialsMojo mojo = credentials(goals.property(PropertyNames.NANGO_URL, "https://nango.example.com"), sf);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("does not list Nango's callback https://nango.example.com/oauth/callback")
                .hasMessageContaining("derived from eca.nangoUrl https://nango.example.com")
                .hasMessageContaining("redirect_uri_mismatch; the key was not handed to Nango")
                .hasMessageContaining("add https://nango.example.com/oauth/callback to the app's callbacks");
        assertThat(sf.commands).as("nothing asked of the org").isEmpty();
    }

    @Test
    void generateValidateAndCredentialsAgreeOnTheSelfHostedCallback(Goals goals) throws Exception {
        goals.property(PropertyNames.NANGO_URL, "https://nango.example.com")
                .property(PropertyNames.VALIDATE_PROFILE, "nango");
        goals.goal("generate", APPS).execute();
        goals.goal("validate").execute(); // ECA-CB-004 finds the callback
        String global = Files.readString(goals.dir().resolve("force-app/main/default"
                + "/extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth-meta.xml"));
        assertThat(global).contains("https://nango.example.com/oauth/callback").doesNotContain("api.nango.dev");
        FakeSfCli sf = new FakeSfCli().then("config-get.target-org.json").then(1, "error.unknown-alias.json");
        assertThatThrownBy(credentials(goals, sf)::execute).as("past the callback check, on to the org")
                .isInstanceOf(MojoExecutionException.class);
        assertThat(sf.argv(0)).containsExactly("config", "get", "target-org", "--json");
    }

    @Test
    void validateFlagsTheCloudCallbackUnderASelfHostedNango(Goals goals) throws Exception {
        goals.goal("generate", APPS).execute();
        goals.property(PropertyNames.VALIDATE_PROFILE, "nango").property(PropertyNames.NANGO_URL,
                "https://nango.example.com");
        assertThatThrownBy(goals.goal("validate")::execute).isInstanceOf(MojoFailureException.class);
        assertThat(goals.log().text()).contains("ECA-CB-004").contains("https://nango.example.com/oauth/callback");
    }
}
