package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.project.ClientSecretSetting;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.SecureXmlParser;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ProjectFile;
import java.nio.file.Files;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** ECA-SEC-008: the org setting that lets the REST API hand out consumer secrets is committed as on. */
public final class ClientSecretRestAccessRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SEC-008";

    public ClientSecretRestAccessRule() {
        super(ID, Severity.WARNING, Category.SECRETS,
                "Consumer secrets over REST are not left enabled",
                "With " + ClientSecretSetting.ELEMENT + " on (\"" + ClientSecretSetting.LABEL + "\"), anyone with API"
                        + " access and the permissions can read every External Client App's consumer secret."
                        + " Salesforce lists it under its External Client App security recommendations; turn it on"
                        + " only while eca:credentials or eca:rotate-credentials runs, then deploy it as false.",
                "https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_externalclientappsettings.htm");
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (ProjectFile f : project.appSettings()) { // found by the scanner's walk, not walked again
            check(f, ctx);
        }
    }

    private void check(ProjectFile f, RuleContext ctx) {
        Document doc;
        try {
            doc = SecureXmlParser.parse(f.path(), Files.readAllBytes(f.path()));
        } catch (Exception e) {
            return; // malformed XML outside the ECA types is sf's to report
        }
        NodeList l = doc.getElementsByTagNameNS("*", ClientSecretSetting.ELEMENT);
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            if ("true".equals(e.getTextContent().strip())) {
                ctx.report(f, MetadataDocument.positionOf(e), ClientSecretSetting.ELEMENT
                        + " is true: every consumer secret of the org can be read over the REST API. Deploy it as"
                        + " true only for eca:credentials / eca:rotate-credentials, then commit and deploy false"
                        + " (eca:generate -D" + ClientSecretSetting.GENERATE_PROPERTY + "=false)");
            }
        }
    }

    @Override
    public RuleExample example() {
        String file = Examples.D + ClientSecretSetting.FOLDER + "/" + ClientSecretSetting.FILE_NAME;
        return RuleExample.of(file, settings("true"), settings("false"));
    }

    private static String settings(String value) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ExternalClientAppSettings" + Examples.NS + ">\n"
                + "    <" + ClientSecretSetting.ELEMENT + ">" + value + "</" + ClientSecretSetting.ELEMENT + ">\n"
                + "</ExternalClientAppSettings>\n";
    }
}
