package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.SourceOrg;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.Severity;
import org.w3c.dom.Element;

/**
 * ECA-SEC-003: {@code oauthLink} points at the consumer of the source org. An app deployed or installed in another org
 * keeps the link and shares the source org's consumer (one consumer key for every org); only a link into another org
 * than the one holding the global OAuth settings is wrong: a deploy fails on it, or the app shares a consumer nobody
 * meant.
 */
public final class OrgSpecificIdsRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SEC-003";

    public OrgSpecificIdsRule() {
        super(ID, Severity.WARNING, Category.SECRETS, "oauthLink points at the source org's consumer",
                "oauthLink (org id and OAuth consumer id) links an app to the consumer of the org that holds its"
                        + " global OAuth settings; deployed or installed elsewhere with the link, the app shares that"
                        + " consumer. A link into another org fails the deploy into the source org, or shares a"
                        + " consumer nobody meant to share.",
                PACKAGE_ECA_HELP);
    }

    /** A wrong link breaks the deploy or the OAuth flow; it exposes nothing. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.OAUTH_SETTINGS)) {
            Element link = f.element("oauthLink");
            String linked = link == null ? null : SalesforceValues.orgIdOf(link.getTextContent());
            if (linked == null || f.appName() == null) {
                continue;
            }
            SourceOrg source = SourceOrg.declaredOrHeld(ctx.sourceOrgId(), project.header(f.appName()),
                    project.satellite(f.appName(), MetadataType.GLOBAL_OAUTH_SETTINGS));
            if (source != null && !source.is(linked)) {
                ctx.report(f, link, "<oauthLink> links to the consumer of org " + linked + ", but the source org"
                        + " of " + f.appName() + " " + source.basis() + " is " + source.orgId() + ": a deploy into the"
                        + " source org fails on this link, and an org deployed with it shares another org's consumer;"
                        + " retrieve the OAuth settings from the source org again" + (ctx.sourceOrgId() == null ? ""
                                : ", or correct " + PropertyNames.SOURCE_ORG_ID));
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH, oauth("""
                <commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_oauth</label>
                <oauthLink>00D000000000002:888000000000001</oauthLink>
                """), oauth("""
                <commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_oauth</label>
                <oauthLink>00D000000000001:888000000000001</oauthLink>
                """)).with(APP, app("""
                <contactEmail>ops@example.com</contactEmail>
                <distributionState>Local</distributionState>
                <isProtected>false</isProtected>
                <label>My App</label>
                <orgScopedExternalApp>00D000000000001:My_App</orgScopedExternalApp>
                """)).with(GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <isPkceRequired>true</isPkceRequired>
                <label>My_App_glbloauth</label>
                """));
    }
}
