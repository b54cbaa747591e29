package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.testing.FakeSfCli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** eca:deploy's formation parameters and eca:bundle, built as Maven builds them. */
@ExtendWith(GoalExtension.class)
class FormationGoalsTest {

    private static final String NS = " xmlns=\"http://soap.sforce.com/2006/04/metadata\"";
    private static final String LINK = "00DSRC000000001:888J1000000XkiL";

    /** A project with an app retrieved from its source org: header, OAuth settings with oauthLink, policies. */
    private static void project(Path dir) throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\"packageDirectories\":[{\"path\":\"force-app\","
                + "\"default\":true}],\"sourceApiVersion\":\"66.0\"}");
        Path d = dir.resolve("force-app/main/default");
        write(d.resolve("externalClientApps/Nango.eca-meta.xml"), "<ExternalClientApplication" + NS + ">\n"
                + "    <contactEmail>a@example.com</contactEmail>\n    <label>Nango</label>\n"
                + "</ExternalClientApplication>\n");
        write(d.resolve("extlClntAppOauthSettings/Nango_oauth.ecaOauth-meta.xml"), "<ExtlClntAppOauthSettings" + NS
                + ">\n    <externalClientApplication>Nango</externalClientApplication>\n    <label>Nango</label>\n"
                + "    <oauthLink>" + LINK + "</oauthLink>\n</ExtlClntAppOauthSettings>\n");
        write(d.resolve("extlClntAppOauthPolicies/Nango_oauthPlcy.ecaOauthPlcy-meta.xml"),
                "<ExtlClntAppOauthConfigurablePolicies" + NS + ">\n"
                        + "    <externalClientApplication>Nango</externalClientApplication>\n"
                        + "</ExtlClntAppOauthConfigurablePolicies>\n");
    }

    private static void write(Path f, String text) throws Exception {
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void bundleWritesAndAttachesOneZipPerApp(Goals goals) throws Exception {
        project(goals.dir());
        // the project's own artifact, which Maven always has and an attached one names as its parent
        goals.project().setArtifact(new DefaultArtifact("org.example", "goal-test", "1", null, "pom", null,
                new DefaultArtifactHandler("pom")));
        goals.goal("bundle").execute();
        Path zip = goals.dir().resolve("target/eca/Nango-customer-org.zip");
        assertThat(zip).isRegularFile();
        assertThat(goals.project().getAttachedArtifacts()).singleElement().satisfies(a -> {
            assertThat(a.getClassifier()).isEqualTo("Nango-customer-org");
            assertThat(a.getType()).isEqualTo("zip");
            assertThat(a.getFile().toPath()).isEqualTo(zip);
        });
        assertThat(goals.log().text()).contains("Attached Nango-customer-org.zip (classifier Nango-customer-org,"
                + " type zip)");
    }

    @Test
    void bundleTakesTheNamedAppsAndRefusesAnAppWithoutFiles(Goals goals) throws Exception {
        project(goals.dir());
        goals.property(PropertyNames.APP_NAMES, "Other");
        assertThatThrownBy(() -> goals.goal("bundle").execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:bundle: nothing to bundle for app Other");
        assertThat(goals.project().getAttachedArtifacts()).isEmpty();
    }

    @Test
    void bundleRefusesALinkToAnotherOrgThanTheDeclaredSourceOrg(Goals goals) throws Exception {
        project(goals.dir());
        goals.property(PropertyNames.SOURCE_ORG_ID, "00DOTHER0000001");
        assertThatThrownBy(() -> goals.goal("bundle").execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("<oauthLink> names the consumer of org 00DSRC000000001, but the source org of"
                        + " Nango is 00DOTHER0000001 (eca.sourceOrgId)");
        assertThat(goals.dir().resolve("target/eca/Nango-customer-org.zip")).doesNotExist();
    }

    @Test
    void deployTakesTheFormationAndPoliciesFromTheCommandLine(Goals goals) throws Exception {
        project(goals.dir());
        FakeSfCli sf = new FakeSfCli().then("org-display.json").then("deploy.success.json");
        DeployMojo deploy = goals.property(PropertyNames.DEPLOY_FORMATION, "Linked")
                .property(PropertyNames.DEPLOY_POLICIES, "true").property(PropertyNames.TARGET_ORG, "customer")
                .property(PropertyNames.DEPLOY_HEADER_FIRST, "false").goal("deploy");
        deploy.sf = sf;
        deploy.execute();
        assertThat(sf.directories).containsExactly(goals.dir().resolve("target/eca/deploy/linked"));
        assertThat(sf.argv(1)).contains("force-app/main/default/extlClntAppOauthPolicies/"
                + "Nango_oauthPlcy.ecaOauthPlcy-meta.xml");
        assertThat(goals.log().text()).contains("Formation linked (eca.deploy.formation)")
                .contains("customer will share the source org's consumer key");
    }

    @Test
    void aFormationOrPoliciesValueThatIsNoneFailsBeforeSfRuns(Goals goals) throws Exception {
        project(goals.dir());
        FakeSfCli sf = new FakeSfCli();
        DeployMojo deploy = goals.property(PropertyNames.DEPLOY_FORMATION, "shared").goal("deploy");
        deploy.sf = sf;
        assertThatThrownBy(deploy::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:deploy: <formation> (eca.deploy.formation) 'shared' is not an org formation; use one"
                        + " of source, linked, independent.");
        DeployMojo policies = goals.property(PropertyNames.DEPLOY_FORMATION, null)
                .property(PropertyNames.DEPLOY_POLICIES, "maybe").goal("deploy");
        policies.sf = sf;
        assertThatThrownBy(policies::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("eca.deploy.policies");
        assertThat(sf.commands).isEmpty();
    }
}
