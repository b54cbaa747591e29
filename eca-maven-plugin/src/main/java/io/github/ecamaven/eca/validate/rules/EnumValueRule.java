package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.text.DidYouMean;
import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.oauth.IpRelaxationPolicy;
import io.github.ecamaven.eca.model.oauth.RefreshTokenValidityUnit;
import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.EnumSpec;
import io.github.ecamaven.eca.model.schema.ValueKind;
import io.github.ecamaven.eca.text.SecretLike;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import java.util.Arrays;
import java.util.List;

/** ECA-XML-004: enumeration values ({@code Packageable}, {@code AdminApproved} are not values). */
public final class EnumValueRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-XML-004";

    private static final List<String> IP_POLICIES = Arrays.stream(IpRelaxationPolicy.values())
            .map(IpRelaxationPolicy::xmlValue).toList();
    private static final List<String> UNITS = Arrays.stream(RefreshTokenValidityUnit.values())
            .map(Enum::name).toList();

    public EnumValueRule() {
        super(ID, Severity.ERROR, Category.SCHEMA, "Enumeration values are valid",
                "Values such as distributionState=Packageable or permittedUsersPolicyType=AdminApproved are copied"
                        + " from wrong examples; sf converts them without complaint and the deploy fails.",
                META_API);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.readableFiles()) {
            SchemaWalk.walk(f, (e, field, parent) -> {
                String v = e.getTextContent().trim();
                if (field.kind() == ValueKind.ENUM) {
                    EnumSpec spec = EcaSchema.enumType(field.valueType());
                    if (spec != null && !spec.contains(v)) {
                        ctx.report(f, e, bad(field.name(), v, spec.values()));
                    }
                } else if ("ipRelaxationPolicyType".equals(field.name()) && IpRelaxationPolicy.fromXml(v) == null) {
                    ctx.report(f, e, bad(field.name(), v, IP_POLICIES));
                } else if ("refreshTokenValidityUnit".equals(field.name())
                        && RefreshTokenValidityUnit.fromXml(v) == null) {
                    ctx.report(f, e, bad(field.name(), v, UNITS));
                }
            });
        }
    }

    private static String bad(String element, String value, List<String> values) {
        if (SecretLike.isSecret(element, value)) {
            return SecretLike.masked(value) + " is not a value of <" + element + "> (valid: "
                    + String.join(", ", values) + ")";
        }
        return "'" + value + "' is not a value of <" + element + ">" + DidYouMean.of(value, values)
                + " (valid: " + String.join(", ", values) + ")";
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH_PLCY, oauthPolicies("""
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_oauthPlcy</label>
                <permittedUsersPolicyType>AdminApproved</permittedUsersPolicyType>
                """), oauthPolicies("""
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_oauthPlcy</label>
                <permittedUsersPolicyType>AdminApprovedPreAuthorized</permittedUsersPolicyType>
                """));
    }
}
