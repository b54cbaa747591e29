package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.text.Choices;
import io.github.ecamaven.eca.text.Shortened;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.AccessMethod;
import io.github.ecamaven.eca.model.CanvasLocationOptions;
import io.github.ecamaven.eca.model.CanvasOptions;
import io.github.ecamaven.eca.model.ExternalAppIdTokenConfig;
import io.github.ecamaven.eca.model.ExternalClientApplication;
import io.github.ecamaven.eca.model.ExtlClntAppCanvasSettings;
import io.github.ecamaven.eca.model.ExtlClntAppConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppDistState;
import io.github.ecamaven.eca.model.ExtlClntAppGlobalOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppNameIdFormatType;
import io.github.ecamaven.eca.model.ExtlClntAppOauthConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppOauthIpRange;
import io.github.ecamaven.eca.model.ExtlClntAppOauthPoliciesAttribute;
import io.github.ecamaven.eca.model.ExtlClntAppOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppSamlBindingType;
import io.github.ecamaven.eca.model.ExtlClntAppSamlConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppSamlConfigurablePoliciesAttribute;
import io.github.ecamaven.eca.model.ExtlClntAppSamlEncryptType;
import io.github.ecamaven.eca.model.ExtlClntAppSamlSignAlgoType;
import io.github.ecamaven.eca.model.ExtlClntAppSamlSubjectType;
import io.github.ecamaven.eca.model.ExtlClntAppStartPage;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.PolicyAction;
import io.github.ecamaven.eca.model.SamlInitiationMethod;
import io.github.ecamaven.eca.model.SessionSecurityLevel;
import io.github.ecamaven.eca.model.connectedapp.ConnectedApp;
import io.github.ecamaven.eca.model.connectedapp.ConnectedAppAttribute;
import io.github.ecamaven.eca.model.connectedapp.ConnectedAppCanvasConfig;
import io.github.ecamaven.eca.model.connectedapp.ConnectedAppIpRange;
import io.github.ecamaven.eca.model.connectedapp.ConnectedAppOauthAssetToken;
import io.github.ecamaven.eca.model.connectedapp.ConnectedAppOauthConfig;
import io.github.ecamaven.eca.model.connectedapp.ConnectedAppOauthIdToken;
import io.github.ecamaven.eca.model.connectedapp.ConnectedAppOauthPolicy;
import io.github.ecamaven.eca.model.connectedapp.ConnectedAppSamlConfig;
import io.github.ecamaven.eca.model.connectedapp.ConnectedAppSessionPolicy;
import io.github.ecamaven.eca.model.oauth.IpRelaxationPolicy;
import io.github.ecamaven.eca.model.oauth.OauthScope;
import io.github.ecamaven.eca.model.oauth.OauthScopes;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.rules.CertificateRule;
import io.github.ecamaven.eca.validate.rules.PrivateKeyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps one eligible Connected App to its ECA files, field by field (each migrate report lists the mapping it applied), and records every value
 * it writes, drops or cannot convert. Never copies a consumer secret; copies the consumer key only when asked.
 */
public final class ConnectedAppConverter {

    /** Root elements retrieved files can carry that are not ConnectedApp fields; dropped and reported as such. */
    static final List<String> NOT_IN_WSDL = List.of("developerName", "version");


    /** The settings of one conversion. */
    public record Settings(ApiVersion apiVersion, Map<String, String> permissionSetsByLabel, boolean keepConsumerKey,
            String apexHandler) {}

    private final ConnectedAppSource source;
    private final Settings settings;
    private final Conversion out;

    private ConnectedAppConverter(ConnectedAppSource source, Settings settings) {
        this.source = source;
        this.settings = settings;
        this.out = new Conversion(source.name());
    }

    /** Converts {@code source}; check {@link Conversion#problems()} before writing anything. */
    public static Conversion convert(ConnectedAppSource source, Settings settings) {
        ConnectedAppConverter c = new ConnectedAppConverter(source, settings);
        c.run();
        return c.out;
    }

    private void run() {
        ConnectedApp ca = source.app();
        String app = source.name();
        ExternalClientApplication eca = new ExternalClientApplication();
        add(MetadataType.EXTERNAL_CLIENT_APPLICATION, app, eca);
        copy("label", "ECA.label", ca.getLabel(), eca::setLabel);
        copy("contactEmail", "ECA.contactEmail", ca.getContactEmail(), eca::setContactEmail);
        copy("contactPhone", "ECA.contactPhone", ca.getContactPhone(), eca::setContactPhone);
        copy("description", "ECA.description", ca.getDescription(), eca::setDescription);
        copy("iconUrl", "ECA.iconUrl", ca.getIconUrl(), eca::setIconUrl);
        copy("infoUrl", "ECA.infoUrl", ca.getInfoUrl(), eca::setInfoUrl);
        copy("logoUrl", "ECA.logoUrl", ca.getLogoUrl(), eca::setLogoUrl);
        eca.setDistributionState(ExtlClntAppDistState.Local);
        row("—", "ECA.distributionState", "Local", "the migration makes local apps");
        eca.setIsProtected(Boolean.FALSE);
        row("—", "ECA.isProtected", "false", "retrieve default");
        if (ca.getContactEmail() == null || ca.getContactEmail().isBlank()) {
            out.needsPerson.add("contactEmail is empty: External Client Apps need one; set it in "
                    + MetadataType.EXTERNAL_CLIENT_APPLICATION.sourceFileName(app));
        }

        ExtlClntAppConfigurablePolicies plcy = new ExtlClntAppConfigurablePolicies();
        String plcyName = MetadataType.POLICIES.conventionalName(app);
        plcy.setExternalClientApplication(app);
        plcy.setLabel(plcyName);
        plcy.setIsEnabled(Boolean.TRUE);
        row("—", "CP.isEnabled", "true", null);

        if (ca.getOauthConfig() != null) {
            oauth(ca, app, plcy);
        }
        if (ca.getSamlConfig() != null) {
            saml(ca, app, plcy);
        }
        if (ca.getCanvasConfig() != null) {
            canvas(ca.getCanvasConfig(), app, plcy);
        }
        if (ca.getStartUrl() != null && ca.getOauthConfig() == null) {
            if (settings.apiVersion().isBefore(since("CP.startUrl"))) {
                out.dropped.add("startUrl " + ca.getStartUrl().trim() + ": the policies file has startUrl from API "
                        + since("CP.startUrl") + " only (project at " + settings.apiVersion() + ")");
            } else {
                plcy.setStartPage(ExtlClntAppStartPage.Custom);
                copy("startUrl", "CP.startUrl (startPage=Custom)", ca.getStartUrl(), plcy::setStartUrl);
                out.needsPerson.add("startUrl went to the policies file as a custom start page; Salesforce does not"
                        + " document where its own migration puts it: check it in Setup");
            }
        }
        add(MetadataType.POLICIES, plcyName, plcy);

        if (ca.getCanvas() != null) {
            out.dropped.add("canvas (legacy CanvasMetadata): no ECA counterpart; canvasConfig is the one migrated");
        }
        if (ca.getMobileAppConfig() != null) {
            out.dropped.add("mobileAppConfig (private mobile app distribution): External Client Apps have no such"
                    + " setting (E8)");
        }
        if (ca.getMobileStartUrl() != null) {
            out.dropped.add("mobileStartUrl " + ca.getMobileStartUrl().trim() + ": no ECA counterpart (E8)");
        }
        if (ca.getMobileAppConfig() != null || ca.getMobileStartUrl() != null) {
            out.needsPerson.add("E4: the app looks like a mobile app. Push settings are not in metadata; if push is"
                    + " configured with invalid settings (expired Apple certificate, Android server key) the"
                    + " migration in the org fails: check push in Setup");
        }
        for (String unknown : NOT_IN_WSDL) {
            if (source.document().element(unknown) != null) {
                out.dropped.add(unknown + ": not a ConnectedApp field of WSDL 66");
            }
        }
    }

    private void oauth(ConnectedApp ca, String app, ExtlClntAppConfigurablePolicies plcy) {
        ConnectedAppOauthConfig oc = ca.getOauthConfig();
        ConnectedAppOauthPolicy op = ca.getOauthPolicy();
        plcy.setIsOauthPluginEnabled(Boolean.TRUE);
        row("oauthConfig (present)", "CP.isOauthPluginEnabled", "true", null);

        // global OAuth settings
        ExtlClntAppGlobalOauthSettings gos = new ExtlClntAppGlobalOauthSettings();
        String gosName = MetadataType.GLOBAL_OAUTH_SETTINGS.conventionalName(app);
        gos.setExternalClientApplication(app);
        gos.setLabel(gosName);
        String callback = oc.getCallbackUrl() == null ? null : oc.getCallbackUrl().replace("\r\n", "\n").trim();
        copy("oauthConfig.callbackUrl", "GOS.callbackUrl", callback, gos::setCallbackUrl);
        if (blankToNull(callback) != null) { // the report shows each URL without a password it may hold
            String shown = SalesforceValues.splitCallbacks(callback).stream()
                    .map(SalesforceValues::callbackForDisplay).collect(Collectors.joining(" ⏎ "));
            out.rows.set(out.rows.size() - 1, new Conversion.Row("oauthConfig.callbackUrl", "GOS.callbackUrl",
                    shown, callback.contains("\n") ? callback.split("\n").length + " URLs, kept newline-separated"
                            : null));
        }
        copy("oauthConfig.certificate", "GOS.certificate", shortened(oc.getCertificate()), v -> { });
        gos.setCertificate(blankToNull(oc.getCertificate()));
        String certificate = blankToNull(oc.getCertificate());
        if (certificate != null && !PrivateKeyRule.containsPrivateKey(certificate)) { // a key: refused, never shown
            String bad = SalesforceValues.certificateProblem(certificate);
            if (bad != null) {
                out.problems.add(source.at("oauthConfig") + ": <oauthConfig><certificate> " + bad
                        + " (eca:validate " + CertificateRule.ID + "); correct or remove it in the Connected App"
                        + " first");
            }
        }
        if (oc.getConsumerKey() != null && !oc.getConsumerKey().isBlank()) {
            if (settings.keepConsumerKey()) {
                gos.setConsumerKey(oc.getConsumerKey().trim());
                row("oauthConfig.consumerKey", "GOS.consumerKey", "(copied)", "opt-in: deploy only after the"
                        + " Connected App was deleted from the target org (consumer keys are globally unique)");
            } else {
                out.dropped.add("oauthConfig.consumerKey: left out (consumer keys are globally unique; copying it"
                        + " while the Connected App exists makes the deploy fail). The ECA gets a new key and secret:"
                        + " update every integration, or opt in with -D" + PropertyNames.MIGRATE_KEEP_CONSUMER_KEY
                        + "=true after"
                        + " deleting the Connected App");
            }
        }
        if (oc.getConsumerSecret() != null) {
            out.dropped.add("oauthConfig.consumerSecret: never written (secrets stay out of source control)");
        }
        idToken(oc.getIdTokenConfig(), gos);
        flag("isClientCredentialEnabled", "GOS.isClientCredentialsFlowEnabled", oc.getIsClientCredentialEnabled(),
                null, gos::setIsClientCredentialsFlowEnabled);
        flag("isCodeCredentialEnabled", "GOS.isCodeCredFlowEnabled", oc.getIsCodeCredentialEnabled(), null,
                gos::setIsCodeCredFlowEnabled);
        flag("isCodeCredentialPostOnly", "GOS.isCodeCredPostOnly", oc.getIsCodeCredentialPostOnly(), null,
                gos::setIsCodeCredPostOnly);
        flag("isConsumerSecretOptional", "GOS.isConsumerSecretOptional", oc.getIsConsumerSecretOptional(),
                Boolean.FALSE, gos::setIsConsumerSecretOptional);
        flag("isIntrospectAllTokens", "GOS.isIntrospectAllTokens", oc.getIsIntrospectAllTokens(), Boolean.FALSE,
                gos::setIsIntrospectAllTokens);
        flag("isNamedUserJwtEnabled", "GOS.isNamedUserJwtEnabled", oc.getIsNamedUserJwtEnabled(), null,
                gos::setIsNamedUserJwtEnabled);
        flag("isPkceRequired", "GOS.isPkceRequired", oc.getIsPkceRequired(), Boolean.FALSE, gos::setIsPkceRequired);
        flag("isRefreshTokenRotationEnabled", "GOS.isRefreshTokenRotationEnabled",
                oc.getIsRefreshTokenRotationEnabled(), null, gos::setIsRefreshTokenRotationEnabled);
        flag("isSecretRequiredForRefreshToken", "GOS.isSecretRequiredForRefreshToken",
                oc.getIsSecretRequiredForRefreshToken(), Boolean.TRUE, gos::setIsSecretRequiredForRefreshToken);
        flag("isSecretRequiredForTokenExchange", "GOS.isSecretRequiredForTokenExchange",
                oc.getIsSecretRequiredForTokenExchange(), null, gos::setIsSecretRequiredForTokenExchange);
        flag("isTokenExchangeEnabled", "GOS.isTokenExchangeEnabled", oc.getIsTokenExchangeEnabled(), null,
                gos::setIsTokenExchangeEnabled);
        add(MetadataType.GLOBAL_OAUTH_SETTINGS, gosName, gos);

        // OAuth settings
        ExtlClntAppOauthSettings os = new ExtlClntAppOauthSettings();
        String osName = MetadataType.OAUTH_SETTINGS.conventionalName(app);
        os.setExternalClientApplication(app);
        os.setLabel(osName);
        List<String> invalid = ValueMappings.invalidScopes(oc.getScopes());
        if (!invalid.isEmpty()) {
            out.problems.add(source.at("oauthConfig") + ": scopes " + invalid + " are not Connected App scope values"
                    + " (WSDL ConnectedAppOauthAccessScope); correct them in the Connected App first");
        } else {
            List<OauthScope> scopes = new ArrayList<>();
            for (String s : oc.getScopes()) {
                scopes.add(ValueMappings.scope(s));
            }
            // in the order eca:generate writes them, so that generating from the emitted <app> changes nothing
            scopes.sort(null);
            String joined = OauthScopes.format(scopes);
            os.setCommaSeparatedOauthScopes(joined);
            row("oauthConfig.scopes[]", "OS.commaSeparatedOauthScopes", joined,
                    oc.getScopes().contains(ValueMappings.CA_SFAP) ? "SFAP renamed SFApiPlatform" : null);
        }
        copy("oauthConfig.singleLogoutUrl", "OS.singleLogoutUrl", oc.getSingleLogoutUrl(), os::setSingleLogoutUrl);
        ConnectedAppOauthAssetToken at = oc.getAssetTokenConfig();
        if (at != null) {
            copy("assetTokenConfig.assetAudiences", "OS.assetTokenAudiences", at.getAssetAudiences(),
                    os::setAssetTokenAudiences);
            flag("assetTokenConfig.assetIncludeAttributes", "OS.areAttributesIncludedInAssetToken",
                    at.getAssetIncludeAttributes(), null, os::setAreAttributesIncludedInAssetToken);
            flag("assetTokenConfig.assetIncludeCustomPerms", "OS.areCustomPermsIncludedInAssetToken",
                    at.getAssetIncludeCustomPerms(), null, os::setAreCustomPermsIncludedInAssetToken);
            copy("assetTokenConfig.assetSigningCertId", "OS.assetTokenSigningCertificate",
                    at.getAssetSigningCertId(), os::setAssetTokenSigningCertificate);
            if (at.getAssetValidityPeriod() != null) {
                os.setAssetTokenValidity(at.getAssetValidityPeriod());
                row("assetTokenConfig.assetValidityPeriod", "OS.assetTokenValidity",
                        String.valueOf(at.getAssetValidityPeriod()), null);
            }
        }
        for (ConnectedAppIpRange r : ca.getIpRanges()) {
            ExtlClntAppOauthIpRange t = new ExtlClntAppOauthIpRange();
            t.setStartIpAddress(blankToNull(r.getStart()));
            t.setEndIpAddress(blankToNull(r.getEnd()));
            t.setDescription(blankToNull(r.getDescription()));
            os.getTrustedIpRanges().add(t);
            row("ipRanges", "OS.trustedIpRanges", r.getStart() + " – " + r.getEnd(), "start/end renamed");
        }
        add(MetadataType.OAUTH_SETTINGS, osName, os);

        // OAuth policies
        ExtlClntAppOauthConfigurablePolicies pol = new ExtlClntAppOauthConfigurablePolicies();
        String polName = MetadataType.OAUTH_POLICIES.conventionalName(app);
        pol.setExternalClientApplication(app);
        pol.setLabel(polName);
        pol.setPermittedUsersPolicyType(ValueMappings.permittedUsers(oc.getIsAdminApproved()));
        row("oauthConfig.isAdminApproved", "OP.permittedUsersPolicyType", pol.getPermittedUsersPolicyType().value(),
                oc.getIsAdminApproved() == null ? "absent: default false" : null);
        try {
            IpRelaxationPolicy ip = ValueMappings.ipRelaxation(op == null ? null : op.getIpRelaxation());
            pol.setIpRelaxationPolicyType(ip.xmlValue());
            row("oauthPolicy.ipRelaxation", "OP.ipRelaxationPolicyType", ip.xmlValue(),
                    op == null || op.getIpRelaxation() == null ? "absent: documented default ENFORCE" : null);
        } catch (IllegalArgumentException e) {
            out.problems.add(source.at("oauthPolicy") + ": " + e.getMessage());
        }
        try {
            ValueMappings.RefreshPolicy rp = ValueMappings.refreshTokenPolicy(
                    op == null ? null : op.getRefreshTokenPolicy());
            pol.setRefreshTokenPolicyType(rp.type());
            pol.setRefreshTokenValidityPeriod(rp.period());
            pol.setRefreshTokenValidityUnit(rp.unit() == null ? null : rp.unit().name());
            row("oauthPolicy.refreshTokenPolicy", "OP.refreshTokenPolicyType / refreshTokenValidityPeriod / Unit",
                    rp.type().value() + (rp.period() == null ? "" : " / " + rp.period() + " / " + rp.unit()),
                    op == null || op.getRefreshTokenPolicy() == null ? "absent: documented default infinite" : null);
        } catch (IllegalArgumentException e) {
            out.problems.add(source.at("oauthPolicy") + ": " + e.getMessage());
        }
        flag("isClientCredentialEnabled", "OP.isClientCredentialsFlowEnabled", oc.getIsClientCredentialEnabled(),
                null, pol::setIsClientCredentialsFlowEnabled);
        copy("oauthConfig.oauthClientCredentialUser", "OP.clientCredentialsFlowUser",
                oc.getOauthClientCredentialUser(), pol::setClientCredentialsFlowUser);
        if (op != null) {
            flag("oauthPolicy.isTokenExchangeFlowEnabled", "OP.isTokenExchangeFlowEnabled",
                    op.getIsTokenExchangeFlowEnabled(), null, pol::setIsTokenExchangeFlowEnabled);
            copy("oauthPolicy.singleLogoutUrl", "OP.singleLogoutUrl", op.getSingleLogoutUrl(), pol::setSingleLogoutUrl);
        }
        session(ca.getSessionPolicy(), pol);
        String permSets = permissionSets(ca.getPermissionSetName());
        copy("permissionSetName[]", "OP.commaSeparatedPermissionSet", permSets, pol::setCommaSeparatedPermissionSet);
        String profiles = profiles(ca.getProfileName());
        copy("profileName[]", "OP.commaSeparatedProfile", profiles, pol::setCommaSeparatedProfile);
        for (ConnectedAppAttribute a : ca.getAttributes()) {
            ExtlClntAppOauthPoliciesAttribute t = new ExtlClntAppOauthPoliciesAttribute();
            t.setKey(a.getKey());
            t.setFormula(a.getFormula());
            pol.getCustomAttributes().add(t);
            row("attributes", "OP.customAttributes", a.getKey(), "admin side; Salesforce does not say which file");
        }
        if (ca.getStartUrl() != null) {
            copy("startUrl", "OP.startUrl", ca.getStartUrl(), pol::setStartUrl);
        }
        if (ca.getPlugin() != null && !ca.getPlugin().isBlank()) {
            pol.setApexHandler(settings.apexHandler());
            row("plugin", "OP.apexHandler", settings.apexHandler(), "replaces " + ca.getPlugin().trim()
                    + " (named with " + PropertyNames.MIGRATE_APEX_HANDLERS + ")");
            copy("pluginExecutionUser", "OP.executeHandlerAs", ca.getPluginExecutionUser(), pol::setExecuteHandlerAs);
            out.needsPerson.add("the handler " + settings.apexHandler() + " must extend"
                    + " Auth.ExternalClientAppOauthHandler and be deployed with the ECA");
        }
        add(MetadataType.OAUTH_POLICIES, polName, pol);
        out.needsPerson.add("E3: the username-password flow cannot be seen in metadata and does not work with"
                + " External Client Apps: make sure no integration of " + app + " uses it (web server flow with PKCE"
                + " or client credentials instead)");
        if (oc.getIsClientCredentialEnabled() != null && oc.getIsClientCredentialEnabled()) {
            out.needsPerson.add("the client-credentials run-as user " + oc.getOauthClientCredentialUser()
                    + " must have the API Only permission");
        }
    }

    private void idToken(ConnectedAppOauthIdToken it, ExtlClntAppGlobalOauthSettings gos) {
        if (it == null) {
            return;
        }
        ExternalAppIdTokenConfig t = new ExternalAppIdTokenConfig();
        copy("idTokenConfig.idTokenAudience", "GOS.idTokenConfig.idTokenAudience", it.getIdTokenAudience(),
                t::setIdTokenAudience);
        flag("idTokenConfig.idTokenIncludeAttributes", "GOS.idTokenConfig.idTokenIncludeAttributes",
                it.getIdTokenIncludeAttributes(), null, t::setIdTokenIncludeAttributes);
        flag("idTokenConfig.idTokenIncludeCustomPerms", "GOS.idTokenConfig.idTokenIncludeCustomPermissions",
                it.getIdTokenIncludeCustomPerms(), null, t::setIdTokenIncludeCustomPermissions);
        flag("idTokenConfig.idTokenIncludeStandardClaims", "GOS.idTokenConfig.idTokenIncludeStandardClaims",
                it.getIdTokenIncludeStandardClaims(), null, t::setIdTokenIncludeStandardClaims);
        if (it.getIdTokenValidity() != null) {
            t.setIdTokenValidityInMinutes(it.getIdTokenValidity());
            row("idTokenConfig.idTokenValidity", "GOS.idTokenConfig.idTokenValidityInMinutes",
                    String.valueOf(it.getIdTokenValidity()), "renamed; minutes on both sides");
        }
        gos.setIdTokenConfig(t);
    }

    private void session(ConnectedAppSessionPolicy sp, ExtlClntAppOauthConfigurablePolicies pol) {
        if (sp == null) {
            return;
        }
        if (sp.getSessionTimeout() != null) {
            pol.setSessionTimeoutInMinutes(sp.getSessionTimeout());
            row("sessionPolicy.sessionTimeout", "OP.sessionTimeoutInMinutes", String.valueOf(sp.getSessionTimeout()),
                    null);
        }
        pol.setRequiredSessionLevel(enumValue("sessionPolicy.sessionLevel", "OP.requiredSessionLevel",
                sp.getSessionLevel(), SessionSecurityLevel::fromValue, Choices.list(SessionSecurityLevel.values())));
        pol.setPolicyAction(enumValue("sessionPolicy.policyAction", "OP.policyAction", sp.getPolicyAction(),
                PolicyAction::fromValue, Choices.list(PolicyAction.values())));
    }

    private void saml(ConnectedApp ca, String app, ExtlClntAppConfigurablePolicies plcy) {
        ConnectedAppSamlConfig sc = ca.getSamlConfig();
        plcy.setIsSamlPluginEnabled(Boolean.TRUE);
        row("samlConfig (present)", "CP.isSamlPluginEnabled", "true", null);
        ExtlClntAppSamlConfigurablePolicies sp = new ExtlClntAppSamlConfigurablePolicies();
        String name = MetadataType.SAML_POLICIES.conventionalName(app);
        sp.setExternalClientApplication(app);
        sp.setLabel(name);
        copy("samlConfig.acsUrl", "SP.acsUrl", sc.getAcsUrl(), sp::setAcsUrl);
        copy("samlConfig.entityUrl", "SP.entityUrl", sc.getEntityUrl(), sp::setEntityUrl);
        copy("samlConfig.certificate", "SP.certificate", shortened(sc.getCertificate()), v -> { });
        sp.setCertificate(blankToNull(sc.getCertificate()));
        copy("samlConfig.encryptionCertificate", "SP.encryptionCertificate", shortened(sc.getEncryptionCertificate()),
                v -> { });
        sp.setEncryptionCertificate(blankToNull(sc.getEncryptionCertificate()));
        if (sc.getEncryptionType() != null && blankToNull(sc.getEncryptionCertificate()) == null) {
            out.dropped.add("samlConfig.encryptionType " + sc.getEncryptionType().trim() + ": retrieves carry it"
                    + " without an encryption certificate (a default); written only with encryptionCertificate");
        } else {
            sp.setEncryptionType(enumValue("samlConfig.encryptionType", "SP.encryptionType", sc.getEncryptionType(),
                    ExtlClntAppSamlEncryptType::fromValue, "AES_128, AES_256"));
        }
        copy("samlConfig.issuer", "SP.issuer", sc.getIssuer(), sp::setIssuer);
        sp.setSingleLogoutBindingType(enumValue("samlConfig.samlIdpSLOBindingEnum", "SP.singleLogoutBindingType",
                sc.getSamlIdpSLOBindingEnum(), ExtlClntAppSamlBindingType::fromValue, "RedirectBinding, PostBinding"));
        sp.setNameIdFormat(enumValue("samlConfig.samlNameIdFormat", "SP.nameIdFormat", sc.getSamlNameIdFormat(),
                ExtlClntAppNameIdFormatType::fromValue, "Unspecified, EmailAddress, Persistent, Transient"));
        sp.setSigningAlgorithmType(enumValue("samlConfig.samlSigningAlgoType", "SP.signingAlgorithmType",
                sc.getSamlSigningAlgoType(), ExtlClntAppSamlSignAlgoType::fromValue, "SHA1, SHA256"));
        copy("samlConfig.samlSloUrl", "SP.singleLogoutUrl", sc.getSamlSloUrl(), sp::setSingleLogoutUrl);
        copy("samlConfig.samlSubjectCustomAttr", "SP.subjectCustomAttribute", sc.getSamlSubjectCustomAttr(),
                sp::setSubjectCustomAttribute);
        sp.setSubjectType(enumValue("samlConfig.samlSubjectType", "SP.subjectType", sc.getSamlSubjectType(),
                ExtlClntAppSamlSubjectType::fromValue,
                "Username, FederationId, UserId, SpokeId, CustomAttribute, PersistentId"));
        copy("permissionSetName[]", "SP.commaSeparatedPermissionSet", permissionSets(ca.getPermissionSetName()),
                sp::setCommaSeparatedPermissionSet);
        copy("profileName[]", "SP.commaSeparatedProfile", profiles(ca.getProfileName()), sp::setCommaSeparatedProfile);
        for (ConnectedAppAttribute a : ca.getAttributes()) {
            ExtlClntAppSamlConfigurablePoliciesAttribute t = new ExtlClntAppSamlConfigurablePoliciesAttribute();
            t.setKey(a.getKey());
            t.setFormula(a.getFormula());
            sp.getCustomAttributes().add(t);
            row("attributes", "SP.customAttributes", a.getKey(), null);
        }
        add(MetadataType.SAML_POLICIES, name, sp);
        out.needsPerson.add("SAML: whether Salesforce's own migration moves SAML settings is not documented; test"
                + " single sign-on of " + app + " in a sandbox before relying on it");
    }

    private void canvas(ConnectedAppCanvasConfig cc, String app, ExtlClntAppConfigurablePolicies plcy) {
        plcy.setIsCanvasPluginEnabled(Boolean.TRUE);
        row("canvasConfig (present)", "CP.isCanvasPluginEnabled", "true", null);
        ExtlClntAppCanvasSettings cs = new ExtlClntAppCanvasSettings();
        String name = MetadataType.CANVAS_SETTINGS.conventionalName(app);
        cs.setExternalClientApplication(app);
        cs.setLabel(name);
        cs.setAccessMethod(enumValue("canvasConfig.accessMethod", "CS.accessMethod", cc.getAccessMethod(),
                AccessMethod::fromValue, "Get, Post"));
        copy("canvasConfig.canvasUrl", "CS.canvasUrl", cc.getCanvasUrl(), cs::setCanvasUrl);
        copy("canvasConfig.lifecycleClass", "CS.lifeCycleHandler", cc.getLifecycleClass(), cs::setLifeCycleHandler);
        if (cc.getLifecycleClass() != null && cc.getLifecycleClass().contains("__")) {
            out.needsPerson.add("the canvas lifecycle class " + cc.getLifecycleClass().trim() + " belongs to a"
                    + " managed package: it must be installed in the target org");
        }
        for (String l : cc.getLocations()) {
            CanvasLocationOptions v = enumValue("canvasConfig.locations", "CS.canvasLocationOptions", l,
                    CanvasLocationOptions::fromValue, "the CanvasLocationOptions values");
            if (v != null) {
                cs.getCanvasLocationOptions().add(v);
            }
        }
        for (String o : cc.getOptions()) {
            CanvasOptions v = enumValue("canvasConfig.options", "CS.canvasOptions", o, CanvasOptions::fromValue,
                    "HideShare, HideHeader, PersonalEnabled");
            if (v != null) {
                cs.getCanvasOptions().add(v);
            }
        }
        cs.setSamlInitiationMethod(enumValue("canvasConfig.samlInitiationMethod", "CS.samlInitiationMethod",
                cc.getSamlInitiationMethod(), SamlInitiationMethod::fromValue, "None, IdpInitiated, SpInitiated"));
        add(MetadataType.CANVAS_SETTINGS, name, cs);
    }

    private String permissionSets(List<String> labels) {
        if (labels.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String raw : labels) {
            String label = raw.trim();
            String api = settings.permissionSetsByLabel().get(label);
            if (api == null) {
                names.add(label);
                out.needsPerson.add("permission set '" + label + "' (a label) has no permission set with that label"
                        + " in the project: the label was kept; replace it with the permission set's API name");
            } else {
                names.add(api);
                if (!api.equals(label)) {
                    row("permissionSetName", "(resolved)", label + " → " + api, "label resolved to the API name");
                }
            }
        }
        return String.join(",", names);
    }

    private String profiles(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        List<String> out2 = new ArrayList<>();
        for (String n : names) {
            if (n.contains(",")) {
                out.problems.add(source.at("profileName") + ": profile name '" + n.trim() + "' contains a comma;"
                        + " commaSeparatedProfile cannot hold it");
            }
            out2.add(n.trim());
        }
        out.needsPerson.add("profile names are the org's display names (locale-dependent): check them in the"
                + " target org");
        return String.join(",", out2);
    }

    private <E> E enumValue(String src, String target, String value, Function<String, E> parse, String allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        E e = parse.apply(value.trim());
        if (e == null) {
            out.problems.add(source.at(src.contains(".") ? src.substring(0, src.indexOf('.')) : src) + ": " + src
                    + " '" + value.trim() + "' has no " + target + " value (" + allowed + ")");
            return null;
        }
        row(src, target, value.trim(), null);
        return e;
    }

    /** The first API version with {@code target} (e.g. {@code GOS.idTokenConfig.idTokenIncludeAttributes}). */
    static ApiVersion since(String target) {
        int dot = target.indexOf('.');
        MetadataType type = switch (target.substring(0, dot)) {
            case "GOS" -> MetadataType.GLOBAL_OAUTH_SETTINGS;
            case "OS" -> MetadataType.OAUTH_SETTINGS;
            case "OP" -> MetadataType.OAUTH_POLICIES;
            case "CP" -> MetadataType.POLICIES;
            default -> throw new IllegalArgumentException(target);
        };
        return EcaSchema.since(type.typeName(), target.substring(dot + 1).split(" ")[0].replace('.', '/'));
    }

    private void flag(String src, String target, Boolean value, Boolean def, Consumer<Boolean> set) {
        Boolean v = value != null ? value : def;
        if (v == null) {
            return;
        }
        ApiVersion since = since(target);
        if (settings.apiVersion().isBefore(since) && !v) {
            out.dropped.add(src + "=false: " + target + " exists from API " + since + " only; false is its default");
            return;
        }
        set.accept(v);
        row(src.startsWith("is") ? "oauthConfig." + src : src, target, String.valueOf(v),
                value == null ? "absent: Connected App default " + def + " written explicitly" : null);
    }

    private void copy(String src, String target, String value, Consumer<String> set) {
        String v = blankToNull(value);
        if (v == null) {
            return;
        }
        set.accept(v);
        row(src, target, v, null);
    }

    private void row(String src, String target, String value, String note) {
        out.rows.add(new Conversion.Row(src, target, value, note));
    }

    private void add(MetadataType type, String fullName, MetadataComponent model) {
        out.components.add(new Conversion.EcaComponent(type, fullName, model));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String shortened(String s) {
        String v = blankToNull(s);
        return Shortened.withLength(v, 16);
    }
}
