package io.github.ecamaven.eca.model.schema;

/**
 * The since table: the first API version of every modelled ECA type, of each of its elements and of each enum
 * value. Order, value kind, required and repeated are not repeated here; the JAXB model classes hold them. Taken
 * from Metadata WSDL 66.0 (its snapshots 56.0-65.0 for the first version) and from the 67.0 field set of
 * {@code @salesforce/types} 1.9.0 for fields the 66.0 WSDL lacks; where real retrieves differ from the WSDL
 * ({@code documentedUntil}, {@code emittedFrom}, {@code typeEmittedFrom}) the row says so.
 */
final class EcaSchemaData {

    private EcaSchemaData() {}

    static void define(EcaSchema.Builder b) {
        b.enumType("AccessMethod", "Get", "56.0", "Post", "56.0");
        b.enumType("ApplePushEnvironmentType", "Sandbox", "62.0", "Production", "62.0");
        b.enumType("AttestEnforceLevel", "None", "66.0", "ClientControlled", "66.0", "Strict", "66.0");
        b.enumType("AttestServiceType", "Apple", "66.0", "Android", "66.0");
        b.enumType("CanvasLocationOptions", "None", "56.0", "Chatter", "56.0", "UserProfile", "56.0", "Visualforce", "56.0", "Aura", "56.0", "Publisher", "56.0", "ChatterFeed", "56.0", "ServiceDesk", "56.0", "OpenCTI", "56.0", "AppLauncher", "56.0", "MobileNav", "56.0", "PageLayout", "56.0");
        b.enumType("CanvasOptions", "HideShare", "56.0", "HideHeader", "56.0", "PersonalEnabled", "56.0");
        b.enumType("DevicePlatformType", "ios", "56.0", "android", "56.0");
        b.enumType("DeviceType", "phone", "56.0", "tablet", "56.0", "minitablet", "56.0");
        b.enumType("ExtlClntAppDistState", "Local", "57.0", "Packaged", "57.0", "Managed", "57.0", "AutoInstalled", "62.0");
        b.enumType("ExtlClntAppManagedType", "Local", "60.0", "Global", "60.0");
        b.enumType("ExtlClntAppNameIdFormatType", "Unspecified", "63.0", "EmailAddress", "63.0", "Persistent", "63.0", "Transient", "63.0");
        b.enumType("ExtlClntAppSamlBindingType", "RedirectBinding", "63.0", "PostBinding", "63.0");
        b.enumType("ExtlClntAppSamlEncryptType", "AES_128", "63.0", "AES_256", "63.0");
        b.enumType("ExtlClntAppSamlSignAlgoType", "SHA1", "63.0", "SHA256", "63.0");
        b.enumType("ExtlClntAppSamlSubjectType", "Username", "63.0", "FederationId", "63.0", "UserId", "63.0", "SpokeId", "63.0", "CustomAttribute", "63.0", "PersistentId", "63.0");
        b.enumType("ExtlClntAppStartPage", "None", "62.0", "Custom", "62.0", "OAuth", "62.0", "SAML", "63.0");
        b.enumType("JWTSessionTimeoutType", "UserSession", "65.0", "Custom", "65.0");
        b.enumType("PermittedUsersPolicyType", "AllSelfAuthorized", "57.0", "AdminApprovedPreAuthorized", "57.0");
        b.enumType("PolicyAction", "Block", "58.0", "RaiseSessionLevel", "58.0", "StepUpMFA", "67.0");
        b.enumType("PushServiceType", "Apple", "62.0", "Android", "62.0");
        b.enumType("RefreshTokenPolicyType", "Infinite", "57.0", "Zero", "57.0", "SpecificLifetime", "57.0", "SpecificInactivity", "57.0");
        b.enumType("SamlInitiationMethod", "None", "56.0", "IdpInitiated", "56.0", "SpInitiated", "56.0");
        b.enumType("ScreenLockTimeout", "Never", "59.0", "One", "59.0", "Five", "59.0", "Ten", "59.0", "Thirty", "59.0", "Sixty", "59.0", "OneTwenty", "59.0", "OneEighty", "59.0", "TwoForty", "59.0");
        b.enumType("SessionSecurityLevel", "LOW", "56.0", "STANDARD", "56.0", "HIGH_ASSURANCE", "56.0");
        b.enumType("TlsClientAuthCertParamType", "tls_client_auth_subject_dn", "67.0", "tls_client_auth_san_dns", "67.0", "tls_client_auth_san_uri", "67.0", "tls_client_auth_san_ip", "67.0", "tls_client_auth_san_email", "67.0", "tls_client_auth_san_spiffe", "67.0");
        b.type("ExternalAppIdTokenConfig", false, "56.0")
                .since("idTokenAudience", "56.0")
                .since("idTokenIncludeAttributes", "56.0")
                .since("idTokenIncludeCustomPermissions", "61.0")
                .since("idTokenIncludeStandardClaims", "56.0")
                .since("idTokenValidityInMinutes", "58.0");
        b.type("ExternalClientAppSettings", true, "57.0")
                .since("enableClientSecretInRestApiAccess", "60.0")
                .since("enableConsumerSecretApiAccess", "57.0")
                .since("enablePackageEcaOauthFromDevOrg", "60.0");
        b.type("ExternalClientApplication", true, "56.0")
                .since("contactEmail", "56.0")
                .since("contactPhone", "57.0")
                .since("description", "56.0")
                .since("distributionState", "57.0")
                .since("iconUrl", "56.0")
                .since("infoUrl", "56.0")
                .since("isProtected", "56.0")
                .since("label", "57.0")
                .since("logoUrl", "56.0")
                .since("managedType", "60.0")
                .since("orgScopedExternalApp", "56.0");
        b.type("ExtlClntAppAndroidPushConfig", false, "62.0")
                .since("fcmProject", "62.0")
                .since("serviceAccount", "62.0");
        b.type("ExtlClntAppApplePushConfig", false, "62.0")
                .since("applicationBundle", "62.0")
                .since("certificate", "62.0")
                .since("environment", "62.0")
                .since("keyIdentifier", "62.0")
                .since("password", "62.0")
                .since("signingKey", "62.0")
                .since("teamIdentifier", "62.0");
        b.type("ExtlClntAppCanvasSettings", true, "66.0")
                .since("accessMethod", "66.0")
                .since("canvasLocationOptions", "66.0")
                .since("canvasOptions", "66.0")
                .since("canvasUrl", "66.0")
                .since("externalClientApplication", "66.0")
                .since("label", "66.0")
                .since("lifeCycleHandler", "66.0")
                .since("samlInitiationMethod", "66.0");
        b.type("ExtlClntAppConfigurablePolicies", true, "60.0")
                .since("externalClientApplication", "60.0")
                .since("isAttestPluginEnabled", "67.0")
                .since("isCanvasPluginEnabled", "65.0")
                .since("isEnabled", "60.0")
                .since("isMobilePluginEnabled", "62.0")
                .since("isNotificationPluginEnabled", "61.0")
                .since("isOauthPluginEnabled", "60.0")
                .since("isPushPluginEnabled", "62.0")
                .since("isSamlPluginEnabled", "63.0")
                .since("label", "60.0")
                .since("startPage", "62.0")
                .since("startUrl", "62.0");
        b.type("ExtlClntAppGlobalOauthSettings", true, "58.0")
                .since("callbackUrl", "58.0")
                .since("certificate", "60.0")
                .since("consumerKey", "58.0")
                .since("consumerSecret", "58.0")
                .since("externalClientApplication", "58.0")
                .since("idTokenConfig", "58.0")
                .since("isClientCredentialsFlowEnabled", "60.0")
                .since("isCodeCredFlowEnabled", "61.0")
                .since("isCodeCredPostOnly", "61.0")
                .since("isConsumerSecretOptional", "58.0")
                .since("isDPopEnabled", "67.0")
                .since("isDeviceFlowEnabled", "60.0")
                // the 67.0 field set dates it, but an org retrieving at 66.0 already emits it
                .since("isEnforceRefreshTokenTTL", "67.0").emittedFrom("66.0")
                .since("isIntrospectAllTokens", "58.0")
                .since("isMtlsEnabled", "67.0")
                .since("isNamedUserJwtEnabled", "61.0")
                .since("isPkceRequired", "59.0")
                .since("isRefreshTokenRotationEnabled", "60.0")
                .since("isSecretRequiredForRefreshToken", "58.0")
                .since("isSecretRequiredForTokenExchange", "60.0")
                .since("isTokenExchangeEnabled", "60.0")
                .since("label", "58.0")
                .since("shouldRotateConsumerKey", "59.0")
                .since("shouldRotateConsumerSecret", "59.0");
        b.type("ExtlClntAppMobileConfigurablePolicies", true, "57.0")
                .since("externalClientApplication", "57.0")
                .since("label", "57.0")
                .since("screenLockTimeout", "59.0");
        b.type("ExtlClntAppMobileSettings", true, "57.0")
                .since("externalClientApplication", "57.0")
                .since("isScreenLockEnabled", "59.0")
                .since("label", "57.0");
        b.type("ExtlClntAppNotificationSettings", true, "60.0")
                .since("externalClientApplication", "60.0")
                .since("label", "60.0")
                .since("notificationTypes", "60.0");
        b.type("ExtlClntAppNotificationType", false, "60.0")
                .since("notificationType", "60.0")
                .since("pushByDefault", "62.0");
        b.type("ExtlClntAppOauthConfigurablePolicies", true, "57.0")
                .since("apexHandler", "61.0")
                .since("clientCredentialsFlowUser", "60.0")
                .since("commaSeparatedCustomScopes", "61.0")
                .since("commaSeparatedPermissionSet", "58.0")
                .since("commaSeparatedProfile", "62.0")
                .since("customAttributes", "59.0")
                .since("executeHandlerAs", "61.0")
                .since("externalClientApplication", "57.0")
                .since("guestJwtSessionTimeoutType", "65.0")
                .since("guestJwtTimeout", "61.0")
                .since("ipRelaxationPolicyType", "57.0")
                .since("isClientCredentialsFlowEnabled", "60.0")
                .since("isGuestCodeCredFlowEnabled", "61.0")
                // WSDL 61.0-63.0 only; orgs still emit it on retrieve (files retrieved 2025-2026)
                .since("isNamedUserJwtEnabled", "61.0").documentedUntil("63.0")
                .since("isTokenExchangeFlowEnabled", "60.0")
                .since("label", "57.0")
                .since("namedUserJwtSessionTimeoutType", "65.0")
                .since("namedUserJwtTimeout", "61.0")
                .since("permittedUsersPolicyType", "57.0")
                .since("policyAction", "58.0")
                .since("refreshTokenPolicyType", "57.0")
                .since("refreshTokenValidityPeriod", "57.0")
                .since("refreshTokenValidityUnit", "57.0")
                .since("requiredSessionLevel", "58.0")
                .since("sessionTimeoutInMinutes", "58.0")
                .since("singleLogoutUrl", "57.0")
                .since("startUrl", "57.0");
        b.type("ExtlClntAppOauthIpRange", false, "58.0")
                .since("description", "58.0")
                .since("endIpAddress", "58.0")
                .since("startIpAddress", "58.0");
        b.type("ExtlClntAppOauthPoliciesAttribute", false, "59.0")
                .since("formula", "59.0")
                .since("key", "59.0");
        b.type("ExtlClntAppOauthSecuritySettings", true, "67.0").typeEmittedFrom("66.0")
                .since("externalClientApplication", "67.0")
                .since("label", "67.0")
                .since("tlsClientAuthCertParamType", "67.0")
                .since("tlsClientAuthCertParamValue", "67.0")
                .since("tokenIpRanges", "67.0");
        b.type("ExtlClntAppOauthSecurityTokenIpRange", false, "67.0")
                .since("description", "67.0")
                .since("endIpAddress", "67.0")
                .since("startIpAddress", "67.0");
        b.type("ExtlClntAppOauthSettings", true, "57.0")
                .since("areAttributesIncludedInAssetToken", "61.0")
                .since("areCustomPermsIncludedInAssetToken", "61.0")
                .since("assetTokenAudiences", "61.0")
                .since("assetTokenSigningCertificate", "61.0")
                .since("assetTokenValidity", "61.0")
                .since("clientAssertionCertificate", "62.0")
                .since("commaSeparatedCustomScopes", "61.0")
                .since("commaSeparatedOauthScopes", "58.0")
                .since("customAttributes", "59.0")
                .since("externalClientApplication", "57.0")
                .since("isFirstPartyAppEnabled", "62.0")
                .since("label", "57.0")
                .since("oauthLink", "57.0")
                .since("singleLogoutUrl", "57.0")
                .since("trustedIpRanges", "58.0");
        b.type("ExtlClntAppOauthSettingsAttribute", false, "59.0")
                .since("formula", "59.0")
                .since("key", "59.0");
        b.type("ExtlClntAppPushConfigurablePolicies", true, "62.0")
                .since("externalClientApplication", "62.0")
                .since("isFullContent", "62.0")
                .since("label", "62.0");
        b.type("ExtlClntAppPushSettings", true, "62.0")
                .since("androidPushConfig", "62.0")
                .since("applePushConfig", "62.0")
                .since("externalClientApplication", "62.0")
                .since("label", "62.0")
                .since("pushConfigLink", "62.0")
                .since("pushServiceType", "62.0");
        b.type("ExtlClntAppSamlConfigurablePolicies", true, "63.0")
                .since("acsUrl", "63.0")
                .since("certificate", "63.0")
                .since("commaSeparatedPermissionSet", "63.0")
                .since("commaSeparatedProfile", "63.0")
                .since("customAttributes", "63.0")
                .since("encryptionCertificate", "63.0")
                .since("encryptionType", "63.0")
                .since("entityUrl", "63.0")
                .since("externalClientApplication", "63.0")
                .since("issuer", "63.0")
                .since("label", "63.0")
                .since("nameIdFormat", "63.0")
                .since("signingAlgorithmType", "63.0")
                .since("singleLogoutBindingType", "63.0")
                .since("singleLogoutUrl", "63.0")
                .since("subjectCustomAttribute", "63.0")
                .since("subjectType", "63.0");
        b.type("ExtlClntAppSamlConfigurablePoliciesAttribute", false, "63.0")
                .since("formula", "63.0")
                .since("key", "63.0");
    }
}
