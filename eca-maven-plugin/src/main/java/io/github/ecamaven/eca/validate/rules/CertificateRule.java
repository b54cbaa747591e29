package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import org.w3c.dom.Element;

/** ECA-OAUTH-008: the certificate of the JWT bearer flow is an X.509 certificate. */
public final class CertificateRule extends AbstractRule {

    /** The rule id; eca:generate and eca:migrate cite it when they refuse the same value. */
    public static final String ID = "ECA-OAUTH-008";

    public CertificateRule() {
        super(ID, Severity.ERROR, Category.OAUTH, "The JWT bearer certificate is an X.509 certificate",
                "Salesforce checks the signature of a JWT bearer token with the certificate of the global OAuth"
                        + " settings; anything else there (a truncated paste, random base64, another PEM block) is"
                        + " refused on deploy or lets no token in.",
                GLOBAL_OAUTH_DOC);
    }

    /** A certificate that does not parse breaks the flow; it exposes nothing. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            Element e = f.element("certificate");
            if (e == null || e.getTextContent().isBlank() || PrivateKeyRule.containsPrivateKey(e.getTextContent())) {
                continue; // none; a private key is ECA-SEC-007's, with the message that matters
            }
            String problem = SalesforceValues.certificateProblem(e.getTextContent());
            if (problem != null) {
                ctx.report(f, e, "<certificate> " + problem);
            }
        }
    }

    @Override
    public RuleExample example() {
        String base = """
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <certificate>%s</certificate>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """;
        return RuleExample.of(GLOBAL, global(base.formatted("MIIDdzCCAl+gAwIBAgIEexample")),
                global(base.formatted(CERTIFICATE)));
    }
}
