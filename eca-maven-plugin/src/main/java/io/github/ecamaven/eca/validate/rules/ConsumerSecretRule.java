package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.SecureXmlParser;
import io.github.ecamaven.eca.text.SecretLike;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.ConnectedAppFile;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * ECA-SEC-001: a consumer secret, or another secret-like element ({@link SecretLike}: {@code <ConsumerSecret>},
 * {@code <privateKey>}, {@code <password>}, a namespace prefix, a misspelling), is committed with a value.
 */
public final class ConsumerSecretRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SEC-001";

    public ConsumerSecretRule() {
        super(ID, Severity.ERROR, Category.SECRETS, "No consumer secret or other secret is committed",
                "The consumer secret is a credential: anyone who reads the repository can act as the app."
                        + " Salesforce says global OAuth settings must not be added to source control. The same holds"
                        + " for any element whose name says it is a secret (a password, a token, a private key),"
                        + " whatever its letter case, prefix or spelling.",
                GLOBAL_OAUTH_DOC);
    }

    @Override
    public String securitySeverity() {
        return "9.0";
    }

    @Override
    public boolean findsCommittedSecrets() {
        return true;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.committedFiles()) { // .forceignore keeps a file out of deploys, not out of git
            if (!f.readable()) {
                continue;
            }
            for (Element e : SecretLike.secretElements(f.document().dom().getDocumentElement())) {
                ctx.report(f, MetadataDocument.positionOf(e), message(e.getTagName(), ""));
            }
        }
        // Connected Apps are not validated, but their secrets are as public as an ECA's
        for (ConnectedAppFile f : project.connectedApps()) {
            String text = project.rawText(f);
            if (text == null) {
                continue;
            }
            List<Element> found;
            try {
                found = SecretLike.secretElements(SecureXmlParser.parse(f.path(),
                        text.getBytes(StandardCharsets.UTF_8)).getDocumentElement());
            } catch (EcaXmlException unreadable) {
                // not XML: judge each start tag that is followed by text
                Matcher m = TAG_WITH_TEXT.matcher(text);
                while (m.find()) {
                    if (SecretLike.isSecretName(m.group(1))) {
                        ctx.report(f, positionIn(text, m.start()), message(m.group(1), " in this Connected App"));
                    }
                }
                continue;
            }
            for (Element e : found) {
                ctx.report(f, MetadataDocument.positionOf(e), message(e.getTagName(), " in this Connected App"));
            }
        }
    }

    private static String message(String element, String where) {
        String local = element.substring(element.indexOf(':') + 1);
        return "a <" + element + "> is committed" + where + (local.equals("consumerSecret") ? "" : " (a secret-like"
                + " element; its value is not shown)") + "; remove it, rotate the secret, and keep it in a CI secret"
                + " store";
    }

    /** A start tag, with or without a namespace prefix, followed by text. */
    private static final Pattern TAG_WITH_TEXT = Pattern.compile("<((?:[\\w.-]+:)?[\\w.-]+)\\s*>\\s*[^<\\s]");

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
