package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.validate.report.Tool;
import io.github.ecamaven.eca.maven.internal.EcaConfigurator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A typo in a property or an element fails the goal with the closest real name, on the goals as Maven builds them:
 * Maven itself ignores an unknown {@code eca.*} property and (before 3.9, which only warns) an unknown element of the
 * plugin's {@code <configuration>}, and fails on an unknown {@code <app>} element without a suggestion. Each typo has
 * a contrast: the same run with a real name of another goal, which a build's properties and plugin-level
 * configuration reach too, passes (the goal skips, so nothing else is judged).
 */
@ExtendWith(GoalExtension.class)
class StrictConfigurationTest {

    private static final String VALIDATE_SKIP = "skipValidate";

    @Test
    void aMisspeltPropertyOnTheCommandLineFailsNamingTheRealOne(Goals goals) {
        Mojo deploy = goals.property("eca.targetorg", "my-org").goal("deploy");
        assertThatThrownBy(deploy::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("eca:deploy: -Deca.targetorg is no property of eca-maven-plugin; did you mean '"
                        + PropertyNames.TARGET_ORG + "'?")
                .hasMessageContaining("rename it");
    }

    @Test
    void aPropertyOfOursInOtherLetterCaseInThePomFailsToo(Goals goals) {
        goals.project().getProperties().setProperty("eca.validate.PROFILE", "nango");
        Mojo validate = goals.property(PropertyNames.VALIDATE_SKIP, "true").goal("validate");
        assertThatThrownBy(validate::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("<eca.validate.PROFILE> in the POM's <properties> is no property of"
                        + " eca-maven-plugin; did you mean '" + PropertyNames.VALIDATE_PROFILE + "'?");
    }

    @Test
    void aPomPropertyOfTheUsersOwnIsLeftAlone(Goals goals) {
        goals.project().getProperties().setProperty("eca.version", "0.1.0");
        Mojo validate = goals.property(PropertyNames.VALIDATE_SKIP, "true").goal("validate");
        assertThatCode(validate::execute).doesNotThrowAnyException();
    }

    @Test
    void anotherGoalsPropertyAndPropertiesOfOtherPrefixesAreTaken(Goals goals) {
        goals.project().getProperties().setProperty("ecaVersion", "1");
        Mojo validate = goals.property(PropertyNames.DEPLOY_CHECK_ONLY, "true")
                .property(PropertyNames.VALIDATE_SKIP, "true").goal("validate");
        assertThatCode(validate::execute).doesNotThrowAnyException();
        assertThat(goals.log().text()).contains("Skipping eca:validate");
    }

    @Test
    void aPropertyNoGoalComesCloseToIsRefusedWithoutAGuess(Goals goals) {
        Mojo validate = goals.property("eca.colour", "blue").property(PropertyNames.VALIDATE_SKIP, "true")
                .goal("validate");
        assertThatThrownBy(validate::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("-Deca.colour is no property of eca-maven-plugin. No goal reads it")
                .hasMessageNotContaining("did you mean");
    }

    @Test
    void aMisspeltPluginElementFailsNamingTheParameterAndThePom(Goals goals) {
        Mojo validate = goals.goal("validate", "<profil>nango</profil><" + VALIDATE_SKIP + ">true</"
                + VALIDATE_SKIP + ">");
        assertThatThrownBy(validate::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("<profil> in the <configuration> of eca-maven-plugin ("
                        + goals.dir().resolve("pom.xml"))
                .hasMessageContaining("is no parameter of any of its goals; did you mean <profile>?");
    }

    @Test
    void anotherGoalsElementInThePluginConfigurationIsTaken(Goals goals) {
        Mojo validate = goals.goal("validate", "<targetOrg>my-org</targetOrg><" + VALIDATE_SKIP + ">true</"
                + VALIDATE_SKIP + ">");
        assertThatCode(validate::execute).doesNotThrowAnyException();
        assertThat(goals.log().text()).contains("Skipping eca:validate");
    }

    @Test
    void aMisspeltAppElementFailsWithTheClosestElementAndTheReferencePage(Goals goals) {
        assertThatThrownBy(() -> goals.goal("generate", app("contactEmial")))
                .hasMessageContaining("<apps><app> Nango_Integration: <contactEmial> is no element of <app>; did you"
                        + " mean <contactEmail>?")
                .hasMessageContaining(Tool.siteUrl() + "app-settings.html");
    }

    @Test
    void theRealAppElementIsTaken(Goals goals) {
        assertThatCode(() -> goals.goal("generate", app("contactEmail"))).doesNotThrowAnyException();
    }

    @Test
    void everyGoalThatTakesAppsChecksThemWithThePluginsConfigurator() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        NodeList mojos = f.newDocumentBuilder().parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile())
                .getElementsByTagName("mojo");
        List<String> withApps = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            NodeList names = mojo.getElementsByTagName("name");
            boolean apps = false;
            for (int j = 0; j < names.getLength(); j++) {
                apps |= names.item(j).getTextContent().equals("apps");
            }
            if (apps) {
                String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
                NodeList c = mojo.getElementsByTagName("configurator");
                assertThat(c.getLength() == 1 ? c.item(0).getTextContent() : null).as(goal)
                        .isEqualTo(EcaConfigurator.HINT);
                withApps.add(goal);
            }
        }
        assertThat(withApps).contains("generate", "check", "deploy", "retrieve");
    }

    private static String app(String emailElement) {
        return "<apps><app><name>Nango_Integration</name><" + emailElement + ">ops@example.com</" + emailElement
                + "></app></apps>";
    }
}
