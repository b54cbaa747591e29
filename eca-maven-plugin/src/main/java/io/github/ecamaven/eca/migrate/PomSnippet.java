package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.model.ExternalClientApplication;
import io.github.ecamaven.eca.model.ExtlClntAppGlobalOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppOauthConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppOauthSettings;
import io.github.ecamaven.eca.model.oauth.OauthScopes;
import io.github.ecamaven.eca.model.schema.MetadataType;

/** The {@code <app>} configuration of eca:generate that reproduces a conversion (no secrets, no consumer key). */
public final class PomSnippet {

    private PomSnippet() {}

    public static String of(Conversion c) {
        ExternalClientApplication eca = c.model(MetadataType.EXTERNAL_CLIENT_APPLICATION);
        ExtlClntAppGlobalOauthSettings gos = c.model(MetadataType.GLOBAL_OAUTH_SETTINGS);
        ExtlClntAppOauthSettings os = c.model(MetadataType.OAUTH_SETTINGS);
        ExtlClntAppOauthConfigurablePolicies op = c.model(MetadataType.OAUTH_POLICIES);
        StringBuilder b = new StringBuilder();
        b.append("<apps>\n  <app>\n");
        el(b, "    ", "name", c.app());
        el(b, "    ", "label", eca.getLabel());
        el(b, "    ", "contactEmail", eca.getContactEmail());
        el(b, "    ", "description", eca.getDescription());
        el(b, "    ", "distributionState", eca.getDistributionState() == null ? null : eca.getDistributionState().value());
        if (gos != null) {
            if (gos.getCallbackUrl() != null) {
                b.append("    <callbackUrls>\n");
                for (String u : gos.getCallbackUrl().split("\n")) {
                    el(b, "      ", "callbackUrl", u.trim());
                }
                b.append("    </callbackUrls>\n");
            }
        }
        if (os != null && os.getCommaSeparatedOauthScopes() != null) {
            b.append("    <scopes>\n");
            for (String s : OauthScopes.split(os.getCommaSeparatedOauthScopes())) {
                el(b, "      ", "scope", s);
            }
            b.append("    </scopes>\n");
        }
        if (gos != null) {
            el(b, "    ", "pkceRequired", str(gos.getIsPkceRequired()));
            el(b, "    ", "secretRequiredForWebServerFlow",
                    gos.getIsConsumerSecretOptional() == null ? null : String.valueOf(!gos.getIsConsumerSecretOptional()));
            el(b, "    ", "secretRequiredForRefreshToken", str(gos.getIsSecretRequiredForRefreshToken()));
        }
        if (op != null) {
            el(b, "    ", "permittedUsers", op.getPermittedUsersPolicyType() == null ? null
                    : op.getPermittedUsersPolicyType().value());
            el(b, "    ", "refreshTokenPolicy", op.getRefreshTokenPolicyType() == null ? null
                    : op.getRefreshTokenPolicyType().value());
            el(b, "    ", "refreshTokenValidityPeriod", str(op.getRefreshTokenValidityPeriod()));
            el(b, "    ", "refreshTokenValidityUnit", op.getRefreshTokenValidityUnit());
            el(b, "    ", "ipRelaxation", op.getIpRelaxationPolicyType());
        }
        if (gos != null && gos.getCertificate() != null) {
            b.append("    <!-- the certificate is in the global OAuth settings file: save it as a .crt file and point"
                    + " to it -->\n");
            el(b, "    ", "certificateFile", "src/main/eca/" + c.app() + ".crt");
        }
        b.append("  </app>\n</apps>\n");
        return b.toString();
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static void el(StringBuilder b, String indent, String name, String value) {
        if (value == null) {
            return;
        }
        b.append(indent).append('<').append(name).append('>').append(escape(value)).append("</").append(name)
                .append(">\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
