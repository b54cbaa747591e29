package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.text.SecretLike;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ProjectFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** ECA-SEC-007: a private key (PEM, or base64 DER without armour) is committed in metadata. */
public final class PrivateKeyRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SEC-007";

    public PrivateKeyRule() {
        super(ID, Severity.ERROR, Category.SECRETS, "No private key is committed",
                "Metadata holds certificates, which are public; the matching private key signs JWT bearer tokens"
                        + " and must stay with the client. A private key in a repository lets anyone who reads it"
                        + " log in as the integration.",
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

    /** Whether {@code text} holds a private key ({@link SecretLike#hasKeyMaterial}: PEM, or base64 DER). */
    public static boolean containsPrivateKey(String text) {
        return SecretLike.hasKeyMaterial(text);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        List<ProjectFile> files = new ArrayList<>(project.committedFiles()); // ignored by sf, still committed
        files.addAll(project.manifests());
        files.addAll(project.connectedApps());
        for (ProjectFile f : files) {
            String text = project.rawText(f);
            if (text == null) {
                continue;
            }
            Matcher m = SecretLike.PEM_PRIVATE_KEY.matcher(text);
            if (!m.find()) {
                SecretLike.KeyMaterial k = SecretLike.keyMaterial(text);
                if (k != null) {
                    ctx.report(f, positionIn(text, k.at()), "a private key (" + k.kind() + ", without PEM armour) is"
                            + " committed here; delete it and revoke the key: only the public certificate"
                            + " ('-----BEGIN CERTIFICATE-----') belongs in metadata");
                }
                continue;
            }
            int first = m.start();
            String kind = m.group(1).isBlank() ? "" : m.group(1).strip() + " ";
            int more = 0;
            while (m.find()) {
                more++;
            }
            // the armour line names the kind of key and is not secret; the key itself is never quoted
            ctx.report(f, positionIn(text, first), "a " + kind + "private key (PEM block '-----BEGIN " + kind
                    + "PRIVATE KEY-----') is committed here" + (more > 0 ? " (and " + more + " more in this file)" : "")
                    + "; delete it and revoke the key: only the public certificate ('-----BEGIN CERTIFICATE-----')"
                    + " belongs in metadata");
        }
    }

    @Override
    public RuleExample example() {
        String base = """
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                %s
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """;
        return RuleExample.of(GLOBAL, global(base.formatted("""
                <certificate>-----BEGIN PRIVATE KEY-----
                MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7example
                -----END PRIVATE KEY-----</certificate>""")), global(base.formatted("<certificate>"
                + CERTIFICATE.strip() + "</certificate>")));
    }
}
