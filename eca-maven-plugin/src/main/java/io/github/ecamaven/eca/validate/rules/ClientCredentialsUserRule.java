package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.RunAsUser;

/**
 * ECA-OAUTH-003: the client-credentials flow has a run-as user, and a run-as user template ({@link RunAsUser}) is
 * well-formed, since eca:deploy resolves it for the target org.
 */
public final class ClientCredentialsUserRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-OAUTH-003";

    public ClientCredentialsUserRule() {
        super(ID, Severity.ERROR, Category.OAUTH, "Client credentials flow has a run-as user",
                "Tokens from the client-credentials flow act as the user in clientCredentialsFlowUser; without one"
                        + " the flow cannot issue tokens. Usernames differ between orgs, so the value may be a"
                        + " template eca:deploy resolves for each target org (" + RunAsUser.LOGIN_USER + " or "
                        + RunAsUser.MAP_START + " alias=username, …}); a malformed template resolves to no user.",
                OAUTH_POLICIES_DOC);
    }

    /** Without a run-as user the flow issues no token at all. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.OAUTH_POLICIES)) {
            String user = f.text("clientCredentialsFlowUser");
            if (Boolean.TRUE.equals(f.flag("isClientCredentialsFlowEnabled")) && (user == null || user.isEmpty())) {
                ctx.report(f, f.element("isClientCredentialsFlowEnabled"), "the client credentials flow is enabled"
                        + " but <clientCredentialsFlowUser> is not set; name an API-only integration user");
            }
            String template = RunAsUser.problem(user);
            if (template != null) {
                ctx.report(f, f.element("clientCredentialsFlowUser"), "<clientCredentialsFlowUser>: " + template);
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH_PLCY, oauthPolicies("""
                <externalClientApplication>My_App</externalClientApplication>
                <isClientCredentialsFlowEnabled>true</isClientCredentialsFlowEnabled>
                <label>My_App_oauthPlcy</label>
                <permittedUsersPolicyType>AdminApprovedPreAuthorized</permittedUsersPolicyType>
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
