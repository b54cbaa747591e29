package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.project.ConnectedAppFile;
import io.github.ecamaven.eca.validate.project.EcaFile;
import io.github.ecamaven.eca.validate.project.EcaProject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** ECA-SEC-001: a consumer secret is committed. */
public final class ConsumerSecretRule extends AbstractRule {

    public ConsumerSecretRule() {
        super("ECA-SEC-001", Severity.ERROR, Category.SECRETS, "No consumer secret is committed",
                "The consumer secret is a credential: anyone who reads the repository can act as the app."
                        + " Salesforce says global OAuth settings must not be added to source control.",
                GLOBAL_OAUTH_DOC);
    }

    @Override
    public String securitySeverity() {
        return "9.0";
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.committedFiles()) { // .forceignore keeps a file out of deploys, not out of git
            if (!f.readable()) {
                continue;
            }
            NodeList l = f.document().dom().getElementsByTagNameNS("*", "consumerSecret");
            for (int i = 0; i < l.getLength(); i++) {
                Element e = (Element) l.item(i);
                if (!e.getTextContent().isBlank()) {
                    ctx.report(f, MetadataDocument.positionOf(e), "a <consumerSecret> is committed; remove it,"
                            + " rotate the secret, and keep it in a CI secret store");
                }
            }
        }
        // Connected Apps are not validated, but their secrets are as public as an ECA's: scan their text
        for (ConnectedAppFile f : project.connectedApps()) {
            String text = project.rawText(f);
            Matcher m = text == null ? null : IN_TEXT.matcher(text);
            if (m != null && m.find()) {
                ctx.report(f, positionIn(text, m.start()), "a <consumerSecret> is committed in this Connected App;"
                        + " remove it, rotate the secret, and keep it in a CI secret store");
            }
        }
    }

    /** A non-empty consumerSecret element, with or without a namespace prefix. */
    private static final Pattern IN_TEXT = Pattern.compile("<(?:[\\w.-]+:)?consumerSecret\\s*>\\s*[^<\\s]");


    @Override
    public RuleExample example() {
        return RuleExample.of(GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <consumerKey>3MVG9example</consumerKey>
                <consumerSecret>7D1E5F0C9B8A</consumerSecret>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """), global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <consumerKey>3MVG9example</consumerKey>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """));
    }
}
