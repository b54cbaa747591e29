package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.oauth.IpRelaxationPolicy;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-OAUTH-006: IP relaxation {@code Bypass} or {@code Bypass_2factor}. */
public final class IpRelaxationRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-OAUTH-006";

    public IpRelaxationRule() {
        super(ID, Severity.WARNING, Category.OAUTH, "IP restrictions are not bypassed",
                "Bypass lets tokens of this app be used from any address, ignoring the org's login IP ranges.",
                OAUTH_POLICIES_DOC);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.OAUTH_POLICIES)) {
            IpRelaxationPolicy p = IpRelaxationPolicy.fromXml(f.text("ipRelaxationPolicyType"));
            if (p != null && p.bypassesIpRestrictions()) {
                ctx.report(f, f.element("ipRelaxationPolicyType"), "<ipRelaxationPolicyType> " + p.xmlValue()
                        + " ignores the org's IP restrictions; prefer Enforce or Enforce_RelaxRefresh");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH_PLCY, oauthPolicies("""
                <externalClientApplication>My_App</externalClientApplication>
                <ipRelaxationPolicyType>Bypass</ipRelaxationPolicyType>
                <label>My_App_oauthPlcy</label>
                """), oauthPolicies("""
                <externalClientApplication>My_App</externalClientApplication>
                <ipRelaxationPolicyType>Enforce</ipRelaxationPolicyType>
                <label>My_App_oauthPlcy</label>
                """));
    }
}
