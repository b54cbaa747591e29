package io.github.ecamaven.eca.model.schema;

import static io.github.ecamaven.eca.model.schema.ValueKind.*;

/**
 * The field tables of every modelled ECA type: XML order, value kind, required, repeated and the first API
 * version that has the field. Taken from Metadata WSDL 66.0 (its snapshots 56.0-65.0 for the first version) and
 * from the 67.0 field set of {@code @salesforce/types} 1.9.0 for fields the 66.0 WSDL lacks.
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
                .field("idTokenAudience", STRING, "string", false, false, "56.0")
                .field("idTokenIncludeAttributes", BOOLEAN, "boolean", false, false, "56.0")
                .field("idTokenIncludeCustomPermissions", BOOLEAN, "boolean", false, false, "61.0")
                .field("idTokenIncludeStandardClaims", BOOLEAN, "boolean", false, false, "56.0")
                .field("idTokenValidityInMinutes", INT, "int", false, false, "58.0");
        b.type("ExternalClientAppSettings", true, "57.0")
                .field("enableClientSecretInRestApiAccess", BOOLEAN, "boolean", false, false, "60.0")
                .field("enableConsumerSecretApiAccess", BOOLEAN, "boolean", false, false, "57.0")
                .field("enablePackageEcaOauthFromDevOrg", BOOLEAN, "boolean", false, false, "60.0");
        b.type("ExternalClientApplication", true, "56.0")
                .field("contactEmail", STRING, "string", false, false, "56.0")
                .field("contactPhone", STRING, "string", false, false, "57.0")
                .field("description", STRING, "string", false, false, "56.0")
                .field("distributionState", ENUM, "ExtlClntAppDistState", false, false, "57.0")
                .field("iconUrl", STRING, "string", false, false, "56.0")
                .field("infoUrl", STRING, "string", false, false, "56.0")
                .field("isProtected", BOOLEAN, "boolean", false, false, "56.0")
                .field("label", STRING, "string", false, false, "57.0")
                .field("logoUrl", STRING, "string", false, false, "56.0")
                .field("managedType", ENUM, "ExtlClntAppManagedType", false, false, "60.0")
                .field("orgScopedExternalApp", STRING, "string", false, false, "56.0");
        b.type("ExtlClntAppAndroidPushConfig", false, "62.0")
                .field("fcmProject", STRING, "string", true, false, "62.0")
                .field("serviceAccount", STRING, "string", true, false, "62.0");
        b.type("ExtlClntAppApplePushConfig", false, "62.0")
                .field("applicationBundle", STRING, "string", false, false, "62.0")
                .field("certificate", STRING, "string", false, false, "62.0")
                .field("environment", ENUM, "ApplePushEnvironmentType", true, false, "62.0")
                .field("keyIdentifier", STRING, "string", false, false, "62.0")
                .field("password", STRING, "string", false, false, "62.0")
                .field("signingKey", STRING, "string", false, false, "62.0")
                .field("teamIdentifier", STRING, "string", false, false, "62.0");
        b.type("ExtlClntAppCanvasSettings", true, "66.0")
                .field("accessMethod", ENUM, "AccessMethod", false, false, "66.0")
                .field("canvasLocationOptions", ENUM, "CanvasLocationOptions", false, true, "66.0")
                .field("canvasOptions", ENUM, "CanvasOptions", false, true, "66.0")
                .field("canvasUrl", STRING, "string", true, false, "66.0")
                .field("externalClientApplication", STRING, "string", true, false, "66.0")
                .field("label", STRING, "string", false, false, "66.0")
                .field("lifeCycleHandler", STRING, "string", false, false, "66.0")
                .field("samlInitiationMethod", ENUM, "SamlInitiationMethod", false, false, "66.0");
        b.type("ExtlClntAppConfigurablePolicies", true, "60.0")
                .field("externalClientApplication", STRING, "string", true, false, "60.0")
                .field("isAttestPluginEnabled", BOOLEAN, "boolean", false, false, "67.0")
                .field("isCanvasPluginEnabled", BOOLEAN, "boolean", false, false, "65.0")
                .field("isEnabled", BOOLEAN, "boolean", true, false, "60.0")
                .field("isMobilePluginEnabled", BOOLEAN, "boolean", false, false, "62.0")
                .field("isNotificationPluginEnabled", BOOLEAN, "boolean", false, false, "61.0")
                .field("isOauthPluginEnabled", BOOLEAN, "boolean", false, false, "60.0")
                .field("isPushPluginEnabled", BOOLEAN, "boolean", false, false, "62.0")
                .field("isSamlPluginEnabled", BOOLEAN, "boolean", false, false, "63.0")
                .field("label", STRING, "string", false, false, "60.0")
                .field("startPage", ENUM, "ExtlClntAppStartPage", false, false, "62.0")
                .field("startUrl", STRING, "string", false, false, "62.0");
        b.type("ExtlClntAppGlobalOauthSettings", true, "58.0")
                .field("callbackUrl", STRING, "string", false, false, "58.0")
                .field("certificate", STRING, "string", false, false, "60.0")
                .field("consumerKey", STRING, "string", false, false, "58.0")
                .field("consumerSecret", STRING, "string", false, false, "58.0")
                .field("externalClientApplication", STRING, "string", true, false, "58.0")
                .field("idTokenConfig", COMPLEX, "ExternalAppIdTokenConfig", false, false, "58.0")
                .field("isClientCredentialsFlowEnabled", BOOLEAN, "boolean", false, false, "60.0")
                .field("isCodeCredFlowEnabled", BOOLEAN, "boolean", false, false, "61.0")
                .field("isCodeCredPostOnly", BOOLEAN, "boolean", false, false, "61.0")
                .field("isConsumerSecretOptional", BOOLEAN, "boolean", false, false, "58.0")
                .field("isDPopEnabled", BOOLEAN, "boolean", false, false, "67.0")
                .field("isDeviceFlowEnabled", BOOLEAN, "boolean", false, false, "60.0")
                // the 67.0 field set dates it, but an org retrieving at 66.0 already emits it
                .field("isEnforceRefreshTokenTTL", BOOLEAN, "boolean", false, false, "67.0").emittedFrom("66.0")
                .field("isIntrospectAllTokens", BOOLEAN, "boolean", false, false, "58.0")
                .field("isMtlsEnabled", BOOLEAN, "boolean", false, false, "67.0")
                .field("isNamedUserJwtEnabled", BOOLEAN, "boolean", false, false, "61.0")
                .field("isPkceRequired", BOOLEAN, "boolean", false, false, "59.0")
                .field("isRefreshTokenRotationEnabled", BOOLEAN, "boolean", false, false, "60.0")
                .field("isSecretRequiredForRefreshToken", BOOLEAN, "boolean", false, false, "58.0")
                .field("isSecretRequiredForTokenExchange", BOOLEAN, "boolean", false, false, "60.0")
                .field("isTokenExchangeEnabled", BOOLEAN, "boolean", false, false, "60.0")
                .field("label", STRING, "string", false, false, "58.0")
                .field("shouldRotateConsumerKey", BOOLEAN, "boolean", false, false, "59.0")
                .field("shouldRotateConsumerSecret", BOOLEAN, "boolean", false, false, "59.0");
        b.type("ExtlClntAppMobileConfigurablePolicies", true, "57.0")
                .field("externalClientApplication", STRING, "string", true, false, "57.0")
                .field("label", STRING, "string", false, false, "57.0")
                .field("screenLockTimeout", ENUM, "ScreenLockTimeout", true, false, "59.0");
        b.type("ExtlClntAppMobileSettings", true, "57.0")
                .field("externalClientApplication", STRING, "string", true, false, "57.0")
                .field("isScreenLockEnabled", BOOLEAN, "boolean", true, false, "59.0")
                .field("label", STRING, "string", false, false, "57.0");
        b.type("ExtlClntAppNotificationSettings", true, "60.0")
                .field("externalClientApplication", STRING, "string", true, false, "60.0")
                .field("label", STRING, "string", false, false, "60.0")
                .field("notificationTypes", COMPLEX, "ExtlClntAppNotificationType", false, true, "60.0");
        b.type("ExtlClntAppNotificationType", false, "60.0")
                .field("notificationType", STRING, "string", true, false, "60.0")
                .field("pushByDefault", BOOLEAN, "boolean", false, false, "62.0");
        b.type("ExtlClntAppOauthConfigurablePolicies", true, "57.0")
                .field("apexHandler", STRING, "string", false, false, "61.0")
                .field("clientCredentialsFlowUser", STRING, "string", false, false, "60.0")
                .field("commaSeparatedCustomScopes", STRING, "string", false, false, "61.0")
                .field("commaSeparatedPermissionSet", STRING, "string", false, false, "58.0")
                .field("commaSeparatedProfile", STRING, "string", false, false, "62.0")
                .field("customAttributes", COMPLEX, "ExtlClntAppOauthPoliciesAttribute", false, true, "59.0")
                .field("executeHandlerAs", STRING, "string", false, false, "61.0")
                .field("externalClientApplication", STRING, "string", true, false, "57.0")
                .field("guestJwtSessionTimeoutType", ENUM, "JWTSessionTimeoutType", false, false, "65.0")
                .field("guestJwtTimeout", INT, "int", false, false, "61.0")
                .field("ipRelaxationPolicyType", STRING, "string", false, false, "57.0")
                .field("isClientCredentialsFlowEnabled", BOOLEAN, "boolean", false, false, "60.0")
                .field("isGuestCodeCredFlowEnabled", BOOLEAN, "boolean", false, false, "61.0")
                // WSDL 61.0-63.0 only; orgs still emit it on retrieve (files retrieved 2025-2026)
                .field("isNamedUserJwtEnabled", BOOLEAN, "boolean", false, false, "61.0").documentedUntil("63.0")
                .field("isTokenExchangeFlowEnabled", BOOLEAN, "boolean", false, false, "60.0")
                .field("label", STRING, "string", false, false, "57.0")
                .field("namedUserJwtSessionTimeoutType", ENUM, "JWTSessionTimeoutType", false, false, "65.0")
                .field("namedUserJwtTimeout", INT, "int", false, false, "61.0")
                .field("permittedUsersPolicyType", ENUM, "PermittedUsersPolicyType", false, false, "57.0")
                .field("policyAction", ENUM, "PolicyAction", false, false, "58.0")
                .field("refreshTokenPolicyType", ENUM, "RefreshTokenPolicyType", false, false, "57.0")
                .field("refreshTokenValidityPeriod", INT, "int", false, false, "57.0")
                .field("refreshTokenValidityUnit", STRING, "string", false, false, "57.0")
                .field("requiredSessionLevel", ENUM, "SessionSecurityLevel", false, false, "58.0")
                .field("sessionTimeoutInMinutes", INT, "int", false, false, "58.0")
                .field("singleLogoutUrl", STRING, "string", false, false, "57.0")
                .field("startUrl", STRING, "string", false, false, "57.0");
        b.type("ExtlClntAppOauthIpRange", false, "58.0")
                .field("description", STRING, "string", false, false, "58.0")
                .field("endIpAddress", STRING, "string", true, false, "58.0")
                .field("startIpAddress", STRING, "string", true, false, "58.0");
        b.type("ExtlClntAppOauthPoliciesAttribute", false, "59.0")
                .field("formula", STRING, "string", true, false, "59.0")
                .field("key", STRING, "string", true, false, "59.0");
        b.type("ExtlClntAppOauthSecuritySettings", true, "67.0")
                .field("externalClientApplication", STRING, "string", true, false, "67.0")
                .field("label", STRING, "string", false, false, "67.0")
                .field("tlsClientAuthCertParamType", ENUM, "TlsClientAuthCertParamType", false, false, "67.0")
                .field("tlsClientAuthCertParamValue", STRING, "string", false, false, "67.0")
                .field("tokenIpRanges", COMPLEX, "ExtlClntAppOauthSecurityTokenIpRange", false, true, "67.0");
        b.type("ExtlClntAppOauthSecurityTokenIpRange", false, "67.0")
                .field("description", STRING, "string", false, false, "67.0")
                .field("endIpAddress", STRING, "string", true, false, "67.0")
                .field("startIpAddress", STRING, "string", true, false, "67.0");
        b.type("ExtlClntAppOauthSettings", true, "57.0")
                .field("areAttributesIncludedInAssetToken", BOOLEAN, "boolean", false, false, "61.0")
                .field("areCustomPermsIncludedInAssetToken", BOOLEAN, "boolean", false, false, "61.0")
                .field("assetTokenAudiences", STRING, "string", false, false, "61.0")
                .field("assetTokenSigningCertificate", STRING, "string", false, false, "61.0")
                .field("assetTokenValidity", INT, "int", false, false, "61.0")
                .field("clientAssertionCertificate", STRING, "string", false, false, "62.0")
                .field("commaSeparatedCustomScopes", STRING, "string", false, false, "61.0")
                .field("commaSeparatedOauthScopes", STRING, "string", false, false, "58.0")
                .field("customAttributes", COMPLEX, "ExtlClntAppOauthSettingsAttribute", false, true, "59.0")
                .field("externalClientApplication", STRING, "string", true, false, "57.0")
                .field("isFirstPartyAppEnabled", BOOLEAN, "boolean", false, false, "62.0")
                .field("label", STRING, "string", false, false, "57.0")
                .field("oauthLink", STRING, "string", false, false, "57.0")
                .field("singleLogoutUrl", STRING, "string", false, false, "57.0")
                .field("trustedIpRanges", COMPLEX, "ExtlClntAppOauthIpRange", false, true, "58.0");
        b.type("ExtlClntAppOauthSettingsAttribute", false, "59.0")
                .field("formula", STRING, "string", true, false, "59.0")
                .field("key", STRING, "string", true, false, "59.0");
        b.type("ExtlClntAppPushConfigurablePolicies", true, "62.0")
                .field("externalClientApplication", STRING, "string", true, false, "62.0")
                .field("isFullContent", BOOLEAN, "boolean", true, false, "62.0")
                .field("label", STRING, "string", false, false, "62.0");
        b.type("ExtlClntAppPushSettings", true, "62.0")
                .field("androidPushConfig", COMPLEX, "ExtlClntAppAndroidPushConfig", false, false, "62.0")
                .field("applePushConfig", COMPLEX, "ExtlClntAppApplePushConfig", false, false, "62.0")
                .field("externalClientApplication", STRING, "string", true, false, "62.0")
                .field("label", STRING, "string", false, false, "62.0")
                .field("pushConfigLink", STRING, "string", false, false, "62.0")
                .field("pushServiceType", ENUM, "PushServiceType", true, false, "62.0");
        b.type("ExtlClntAppSamlConfigurablePolicies", true, "63.0")
                .field("acsUrl", STRING, "string", true, false, "63.0")
                .field("certificate", STRING, "string", false, false, "63.0")
                .field("commaSeparatedPermissionSet", STRING, "string", false, false, "63.0")
                .field("commaSeparatedProfile", STRING, "string", false, false, "63.0")
                .field("customAttributes", COMPLEX, "ExtlClntAppSamlConfigurablePoliciesAttribute", false, true, "63.0")
                .field("encryptionCertificate", STRING, "string", false, false, "63.0")
                .field("encryptionType", ENUM, "ExtlClntAppSamlEncryptType", false, false, "63.0")
                .field("entityUrl", STRING, "string", true, false, "63.0")
                .field("externalClientApplication", STRING, "string", true, false, "63.0")
                .field("issuer", STRING, "string", false, false, "63.0")
                .field("label", STRING, "string", false, false, "63.0")
                .field("nameIdFormat", ENUM, "ExtlClntAppNameIdFormatType", false, false, "63.0")
                .field("signingAlgorithmType", ENUM, "ExtlClntAppSamlSignAlgoType", false, false, "63.0")
                .field("singleLogoutBindingType", ENUM, "ExtlClntAppSamlBindingType", false, false, "63.0")
                .field("singleLogoutUrl", STRING, "string", false, false, "63.0")
                .field("subjectCustomAttribute", STRING, "string", false, false, "63.0")
                .field("subjectType", ENUM, "ExtlClntAppSamlSubjectType", false, false, "63.0");
        b.type("ExtlClntAppSamlConfigurablePoliciesAttribute", false, "63.0")
                .field("formula", STRING, "string", true, false, "63.0")
                .field("key", STRING, "string", true, false, "63.0");
    }
}
