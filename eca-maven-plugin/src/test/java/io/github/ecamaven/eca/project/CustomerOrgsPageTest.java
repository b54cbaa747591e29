package io.github.ecamaven.eca.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ecamaven.eca.config.PropertyNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The "Connect your customers' orgs" page: its formations table comes from OrgFormation, its picture exists. */
class CustomerOrgsPageTest {

    private static final Path TEMPLATE = Path.of("src/site-templates/usage-customer-orgs.md.vm");
    private static final Path PICTURE = Path.of("src/site/resources/images/org-formations.svg");

    @Test
    void theTableHasOneRowPerFormationWithWhatTheCodeSends() {
        String table = CustomerOrgsPage.table();
        assertThat(table.lines().filter(l -> l.startsWith("| `"))).hasSize(OrgFormation.values().length);
        for (OrgFormation f : OrgFormation.values()) {
            String row = table.lines().filter(l -> l.startsWith("| `" + f.value() + "` |")).findFirst().orElseThrow();
            assertThat(row).endsWith("| " + f.summary() + " |")
                    .contains(f.sendsGlobalSettings() ? "| sent |" : "| not sent |");
        }
        assertThat(table).contains("| `linked` | not sent | required: names the source org's consumer | the source"
                + " org's | the same one integration | none: the org's admin sets them |");
    }

    @Test
    void theTemplatesMarkerBecomesTheTable() throws Exception {
        String template = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        String page = CustomerOrgsPage.render(template);
        assertThat(page).doesNotContain(CustomerOrgsPage.MARKER).contains(CustomerOrgsPage.table())
                .startsWith("#set($h1 = '#')");
        assertThrows(IllegalArgumentException.class, () -> CustomerOrgsPage.render("# no table\n"));
    }

    @Test
    void thePageShowsThePictureAndNamesTheParametersTheGoalsRead() throws Exception {
        String template = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        assertThat(template).contains("](images/org-formations.svg)", "faq.html#cross-org-oauth",
                "usage-packaged.html", "app-settings.html", "-D" + PropertyNames.TARGET_ORG + "=<customer>",
                "-D" + PropertyNames.SOURCE_ORG_ID + "=00D", "-Deca.deploy.formation=linked",
                "-Deca.deploy.formation=independent", "mvn eca:bundle", "target/eca/<App>-customer-org.zip",
                "`<App>-customer-org`", "salesforce-sandbox", "-Deca.nangoProvider");
        for (OrgFormation f : OrgFormation.values()) {
            assertThat(template).as("the page explains the %s formation", f.value()).contains(f.value());
        }
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = dbf.newDocumentBuilder().parse(PICTURE.toFile());
        assertThat(svg.getDocumentElement().getLocalName() == null ? svg.getDocumentElement().getTagName()
                : svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getTextContent()).contains("Your source org", "oauthLink",
                "linked", "independent", "ONE Nango integration", "one more integration");
    }
}
