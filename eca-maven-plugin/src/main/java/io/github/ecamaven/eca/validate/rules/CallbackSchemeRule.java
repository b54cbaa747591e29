package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.project.EcaFile;
import io.github.ecamaven.eca.validate.project.EcaProject;
import java.net.URI;
import java.util.Locale;

/** ECA-CB-001: callbacks are https, a custom scheme, or http on a loopback host. */
public final class CallbackSchemeRule extends AbstractRule {

    public CallbackSchemeRule() {
        super("ECA-CB-001", Severity.ERROR, Category.OAUTH,
                "Callback URLs use https, a custom scheme, or http only on localhost",
                "Authorization codes sent over plain http can be read on the way; Salesforce allows http only for"
                        + " loopback redirects (the CLI's http://localhost:1717/OauthRedirect).",
                "https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_defining_remote_access_applications.htm");
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            for (Callbacks.Url u : Callbacks.of(f)) {
                URI uri = CallbackSyntaxRule.parse(u.text());
                if (uri == null || uri.getScheme() == null) {
                    continue; // ECA-CB-002
                }
                String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                if (scheme.equals("http") && !isLoopback(uri.getHost())) {
                    ctx.report(f, u.position(), "callback '" + u.text() + "' uses http; use https (http is allowed"
                            + " only for localhost)");
                }
            }
        }
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(GLOBAL, global("""
                <callbackUrl>http://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """),
                global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """));
    }
}
