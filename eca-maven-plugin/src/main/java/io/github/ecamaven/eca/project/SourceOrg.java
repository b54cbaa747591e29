package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;

/**
 * The source org of an app ({@link OrgFormation#SOURCE}) and how it is known: declared with
 * {@value PropertyNames#SOURCE_ORG_ID}, or read from the app's files. Validate, deploy, the credentials goals and
 * doctor ask this one class.
 *
 * @param orgId the org id (15 or 18 characters), never null
 * @param basis how it is known, for messages: e.g. {@code (eca.sourceOrgId)}
 */
public record SourceOrg(String orgId, String basis) {

    /**
     * The declared source org, or null when {@code id} is null or blank.
     *
     * @throws ConfigurationException naming {@value PropertyNames#SOURCE_ORG_ID} when {@code id} is not an org id
     */
    public static SourceOrg declared(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String problem = SalesforceValues.orgIdProblem(id);
        if (problem != null) {
            throw new ConfigurationException(PropertyNames.describe(PropertyNames.SOURCE_ORG_ID) + " '" + id.strip()
                    + "' " + problem);
        }
        return new SourceOrg(id.strip(), "(" + PropertyNames.SOURCE_ORG_ID + ")");
    }

    /**
     * The source org without trusting an {@code oauthLink}: the declared one, else, where the project holds the app's
     * global OAuth settings (so it is the source org's), the org of the header's {@code orgScopedExternalApp}. This
     * is what an {@code oauthLink} is checked against.
     *
     * @param declared the value of {@value PropertyNames#SOURCE_ORG_ID}, or null
     * @param header the app's header file, or null
     * @param globalSettings the app's global OAuth settings file, or null
     * @return null when neither tells
     */
    public static SourceOrg declaredOrHeld(String declared, EcaFile header, EcaFile globalSettings) {
        SourceOrg d = declared(declared);
        if (d != null) {
            return d;
        }
        if (globalSettings != null && header != null) {
            String id = SalesforceValues.orgIdOf(header.text("orgScopedExternalApp"));
            if (id != null) {
                return new SourceOrg(id, "(the org of its <orgScopedExternalApp>, since this project holds its global"
                        + " OAuth settings)");
            }
        }
        return null;
    }

    /**
     * The source org as far as the files tell: {@link #declaredOrHeld}, else the org whose consumer the OAuth
     * settings' {@code oauthLink} names.
     *
     * @param oauthSettings the app's OAuth settings file, or null
     * @return null when nothing tells
     */
    public static SourceOrg of(String declared, EcaFile header, EcaFile oauthSettings, EcaFile globalSettings) {
        SourceOrg s = declaredOrHeld(declared, header, globalSettings);
        if (s != null) {
            return s;
        }
        String linked = oauthSettings == null ? null : SalesforceValues.orgIdOf(oauthSettings.text("oauthLink"));
        return linked == null ? null : new SourceOrg(linked, "(the org whose consumer its <oauthLink> names)");
    }

    /**
     * The sf command that brings the {@code oauthLink} Salesforce generated in the source org into the project's OAuth
     * settings file, in place (sf retrieves a component into the file that already holds it; eca:generate keeps the
     * link from then on).
     *
     * @param oauthSettingsName the OAuth settings component ({@code <App>_oauth} as eca:generate names it)
     * @param sourceOrg the source org's alias or id, or null for a placeholder
     */
    public static String linkRetrieval(String oauthSettingsName, String sourceOrg) {
        return "sf project retrieve start --metadata " + MetadataType.OAUTH_SETTINGS.typeName() + ":"
                + oauthSettingsName + " --target-org " + (sourceOrg == null ? "<source org>" : sourceOrg);
    }

    /** Whether {@code orgId} is this source org (15- and 18-character ids compare equal). */
    public boolean is(String orgId) {
        return SalesforceValues.sameOrg(this.orgId, orgId);
    }
}
