package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.PermittedUsersPolicyType;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-OAUTH-004: {@code AllSelfAuthorized} on an app with the client-credentials flow. */
public final class SelfAuthorizedClientCredentialsRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-OAUTH-004";

    public SelfAuthorizedClientCredentialsRule() {
        super(ID, Severity.WARNING, Category.OAUTH,
                "Client-credentials apps are admin-approved, not self-authorized",
                "A server-to-server app should be limited to the profiles or permission sets an admin approves"
                        + " (AdminApprovedPreAuthorized), not open to every user.",
                OAUTH_POLICIES_DOC);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.OAUTH_POLICIES)) {
            EcaFile global = project.satellite(f.appName(), MetadataType.GLOBAL_OAUTH_SETTINGS);
            boolean cc = Boolean.TRUE.equals(f.flag("isClientCredentialsFlowEnabled"))
                    || global != null && Boolean.TRUE.equals(global.flag("isClientCredentialsFlowEnabled"));
            if (cc && PermittedUsersPolicyType.AllSelfAuthorized.name().equals(f.text("permittedUsersPolicyType"))) {
                ctx.report(f, f.element("permittedUsersPolicyType"), "AllSelfAuthorized on an app with the client"
                        + " credentials flow; use AdminApprovedPreAuthorized with a permission set");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH_PLCY, oauthPolicies("""
                <clientCredentialsFlowUser>integration@example.com</clientCredentialsFlowUser>
                <externalClientApplication>My_App</externalClientApplication>
                <isClientCredentialsFlowEnabled>true</isClientCredentialsFlowEnabled>
                <label>My_App_oauthPlcy</label>
                <permittedUsersPolicyType>AllSelfAuthorized</permittedUsersPolicyType>
                """),
                oauthPolicies("""
                <clientCredentialsFlowUser>integration@example.com</clientCredentialsFlowUser>
                <externalClientApplication>My_App</externalClientApplication>
                <isClientCredentialsFlowEnabled>true</isClientCredentialsFlowEnabled>
                <label>My_App_oauthPlcy</label>
                <permittedUsersPolicyType>AdminApprovedPreAuthorized</permittedUsersPolicyType>
                """));
    }
}
