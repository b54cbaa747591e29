package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.config.StrictBoolean;
import java.io.File;
import java.util.List;

/**
 * One {@code <app>} of the plugin configuration, as Maven fills it. Plain bean, Maven-free; values are raw text and
 * checked by {@link AppMapper} so that a mistake is reported with the element name and the fix. Unset values are
 * {@code null}: the preset, then the documented default, decide them.
 *
 * <p>There is deliberately no consumer secret: {@code <consumerSecret>} is accepted only to be refused by name, and
 * its value is never kept.
 */
public class EcaApp {
    private String name;
    private String label;
    private String contactEmail;
    private String contactPhone;
    private String description;
    private String infoUrl;
    private String iconUrl;
    private String logoUrl;
    private String distributionState;
    private String preset;
    private List<String> callbackUrls;
    private List<String> scopes;
    private List<String> customScopes;
    private String pkceRequired;
    private String secretRequiredForWebServerFlow;
    private String secretRequiredForRefreshToken;
    private String secretRequiredForTokenExchange;
    private String introspectAllTokens;
    private String authorizationCodeAndCredentialsFlow;
    private String clientCredentialsFlow;
    private String clientCredentialsUser;
    private String deviceFlow;
    private String tokenExchangeFlow;
    private String jwtBearer;
    private File certificateFile;
    private String refreshTokenRotation;
    private String refreshTokenIdleLimit;
    private String consumerKey;
    private String permittedUsers;
    private List<String> permissionSets;
    private List<String> profiles;
    private String refreshTokenPolicy;
    private Integer refreshTokenValidityPeriod;
    private String refreshTokenValidityUnit;
    private String ipRelaxation;
    private String sessionLevel;
    private Integer sessionTimeoutInMinutes;
    private String startUrl;
    private String policiesEnabled;
    private String oauthPluginEnabled;
    private String startPage;
    private boolean consumerSecretGiven;

    /** API name of the app, e.g. {@code Nango_Integration}: letters, digits and single underscores, starting with a letter. */
    public String getName() {
        return name;
    }

    public void setName(String value) {
        this.name = value;
    }

    /** Display name; defaults to the API name. */
    public String getLabel() {
        return label;
    }

    public void setLabel(String value) {
        this.label = value;
    }

    /** E-mail Salesforce uses to contact the app owner (required). */
    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String value) {
        this.contactEmail = value;
    }

    /** Contact phone. */
    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String value) {
        this.contactPhone = value;
    }

    /** Short description. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String value) {
        this.description = value;
    }

    /** Info URL. */
    public String getInfoUrl() {
        return infoUrl;
    }

    public void setInfoUrl(String value) {
        this.infoUrl = value;
    }

    /** Icon URL. */
    public String getIconUrl() {
        return iconUrl;
    }

    public void setIconUrl(String value) {
        this.iconUrl = value;
    }

    /** Logo image URL. */
    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String value) {
        this.logoUrl = value;
    }

    /** {@code Local} (default) or {@code Packaged}. */
    public String getDistributionState() {
        return distributionState;
    }

    public void setDistributionState(String value) {
        this.distributionState = value;
    }

    /** Preset that fills defaults: {@code nango} or {@code jwt-ci}; every field stays overridable. */
    public String getPreset() {
        return preset;
    }

    public void setPreset(String value) {
        this.preset = value;
    }

    /** OAuth callback URLs; written as one newline-separated {@code callbackUrl}. */
    public List<String> getCallbackUrls() {
        return callbackUrls;
    }

    public void setCallbackUrls(List<String> value) {
        this.callbackUrls = value;
    }

    /** OAuth scopes: metadata tokens ({@code Api}) or OAuth strings ({@code api}, {@code refresh_token}). */
    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> value) {
        this.scopes = value;
    }

    /** API names of custom scopes. */
    public List<String> getCustomScopes() {
        return customScopes;
    }

    public void setCustomScopes(List<String> value) {
        this.customScopes = value;
    }

    /** Require PKCE (default true). */
    public Boolean getPkceRequired() {
        return StrictBoolean.parseOrNull(pkceRequired);
    }

    public void setPkceRequired(String value) {
        this.pkceRequired = value;
    }

    /** Require the secret in the web-server flow (default true; writes {@code isConsumerSecretOptional} negated). */
    public Boolean getSecretRequiredForWebServerFlow() {
        return StrictBoolean.parseOrNull(secretRequiredForWebServerFlow);
    }

    public void setSecretRequiredForWebServerFlow(String value) {
        this.secretRequiredForWebServerFlow = value;
    }

    /** Require the secret for the refresh-token flow (default true). */
    public Boolean getSecretRequiredForRefreshToken() {
        return StrictBoolean.parseOrNull(secretRequiredForRefreshToken);
    }

    public void setSecretRequiredForRefreshToken(String value) {
        this.secretRequiredForRefreshToken = value;
    }

    /** Require the secret for the token-exchange flow (default true). */
    public Boolean getSecretRequiredForTokenExchange() {
        return StrictBoolean.parseOrNull(secretRequiredForTokenExchange);
    }

    public void setSecretRequiredForTokenExchange(String value) {
        this.secretRequiredForTokenExchange = value;
    }

    /** Let the app introspect all tokens (default false). */
    public Boolean getIntrospectAllTokens() {
        return StrictBoolean.parseOrNull(introspectAllTokens);
    }

    public void setIntrospectAllTokens(String value) {
        this.introspectAllTokens = value;
    }

    /** Enable the Authorization Code and Credentials flow (default false). */
    public Boolean getAuthorizationCodeAndCredentialsFlow() {
        return StrictBoolean.parseOrNull(authorizationCodeAndCredentialsFlow);
    }

    public void setAuthorizationCodeAndCredentialsFlow(String value) {
        this.authorizationCodeAndCredentialsFlow = value;
    }

    /** Enable the client-credentials flow (default false); needs {@code clientCredentialsUser}. */
    public Boolean getClientCredentialsFlow() {
        return StrictBoolean.parseOrNull(clientCredentialsFlow);
    }

    public void setClientCredentialsFlow(String value) {
        this.clientCredentialsFlow = value;
    }

    /** Username the client-credentials flow runs as. */
    public String getClientCredentialsUser() {
        return clientCredentialsUser;
    }

    public void setClientCredentialsUser(String value) {
        this.clientCredentialsUser = value;
    }

    /** Enable the device flow (default false). */
    public Boolean getDeviceFlow() {
        return StrictBoolean.parseOrNull(deviceFlow);
    }

    public void setDeviceFlow(String value) {
        this.deviceFlow = value;
    }

    /** Enable the token-exchange flow (default false). */
    public Boolean getTokenExchangeFlow() {
        return StrictBoolean.parseOrNull(tokenExchangeFlow);
    }

    public void setTokenExchangeFlow(String value) {
        this.tokenExchangeFlow = value;
    }

    /** Enable the JWT bearer flow (needs {@code certificateFile}). */
    public Boolean getJwtBearer() {
        return StrictBoolean.parseOrNull(jwtBearer);
    }

    public void setJwtBearer(String value) {
        this.jwtBearer = value;
    }

    /** PEM file with the X.509 certificate for the JWT bearer flow (never a private key). */
    public File getCertificateFile() {
        return certificateFile;
    }

    public void setCertificateFile(File value) {
        this.certificateFile = value;
    }

    /** Rotate refresh tokens (default false). */
    public Boolean getRefreshTokenRotation() {
        return StrictBoolean.parseOrNull(refreshTokenRotation);
    }

    public void setRefreshTokenRotation(String value) {
        this.refreshTokenRotation = value;
    }

    /**
     * Limit refresh tokens to 30 idle days in every org that uses the app, installed or linked (default false).
     */
    public Boolean getRefreshTokenIdleLimit() {
        return StrictBoolean.parseOrNull(refreshTokenIdleLimit);
    }

    public void setRefreshTokenIdleLimit(String value) {
        this.refreshTokenIdleLimit = value;
    }

    /** Consumer key (client id) to deploy; optional. A consumer secret is never accepted. */
    public String getConsumerKey() {
        return consumerKey;
    }

    public void setConsumerKey(String value) {
        this.consumerKey = value;
    }

    /** {@code AllSelfAuthorized} (default) or {@code AdminApprovedPreAuthorized}. */
    public String getPermittedUsers() {
        return permittedUsers;
    }

    public void setPermittedUsers(String value) {
        this.permittedUsers = value;
    }

    /** Permission-set API names pre-authorized (with {@code AdminApprovedPreAuthorized}). */
    public List<String> getPermissionSets() {
        return permissionSets;
    }

    public void setPermissionSets(List<String> value) {
        this.permissionSets = value;
    }

    /** Profile names pre-authorized (with {@code AdminApprovedPreAuthorized}). */
    public List<String> getProfiles() {
        return profiles;
    }

    public void setProfiles(List<String> value) {
        this.profiles = value;
    }

    /** {@code Infinite} (default), {@code Zero}, {@code SpecificLifetime} or {@code SpecificInactivity}. */
    public String getRefreshTokenPolicy() {
        return refreshTokenPolicy;
    }

    public void setRefreshTokenPolicy(String value) {
        this.refreshTokenPolicy = value;
    }

    /** Period for {@code SpecificLifetime}/{@code SpecificInactivity}. */
    public Integer getRefreshTokenValidityPeriod() {
        return refreshTokenValidityPeriod;
    }

    public void setRefreshTokenValidityPeriod(Integer value) {
        this.refreshTokenValidityPeriod = value;
    }

    /** {@code Hours}, {@code Days} or {@code Months}. */
    public String getRefreshTokenValidityUnit() {
        return refreshTokenValidityUnit;
    }

    public void setRefreshTokenValidityUnit(String value) {
        this.refreshTokenValidityUnit = value;
    }

    /** {@code Enforce} (default), {@code Bypass}, {@code Bypass_2factor} or {@code Enforce_relaxrefresh}. */
    public String getIpRelaxation() {
        return ipRelaxation;
    }

    public void setIpRelaxation(String value) {
        this.ipRelaxation = value;
    }

    /** Required session level: {@code LOW}, {@code STANDARD} or {@code HIGH_ASSURANCE}. */
    public String getSessionLevel() {
        return sessionLevel;
    }

    public void setSessionLevel(String value) {
        this.sessionLevel = value;
    }

    /** Session timeout in minutes. */
    public Integer getSessionTimeoutInMinutes() {
        return sessionTimeoutInMinutes;
    }

    public void setSessionTimeoutInMinutes(Integer value) {
        this.sessionTimeoutInMinutes = value;
    }

    /** URL users land on after authorization (OAuth policy). */
    public String getStartUrl() {
        return startUrl;
    }

    public void setStartUrl(String value) {
        this.startUrl = value;
    }

    /** Plugin policies master switch {@code isEnabled} (default true). */
    public Boolean getPoliciesEnabled() {
        return StrictBoolean.parseOrNull(policiesEnabled);
    }

    public void setPoliciesEnabled(String value) {
        this.policiesEnabled = value;
    }

    /** OAuth plugin switch {@code isOauthPluginEnabled} (default true). */
    public Boolean getOauthPluginEnabled() {
        return StrictBoolean.parseOrNull(oauthPluginEnabled);
    }

    public void setOauthPluginEnabled(String value) {
        this.oauthPluginEnabled = value;
    }

    /** Plugin start page: {@code None}, {@code Custom}, {@code OAuth} or {@code SAML}. */
    public String getStartPage() {
        return startPage;
    }

    public void setStartPage(String value) {
        this.startPage = value;
    }

    /** Refused by validation; the value is dropped here and never stored, logged or written. */
    public void setConsumerSecret(String ignored) {
        this.consumerSecretGiven = true;
    }

    /** Whether the configuration tried to set a consumer secret. */
    public boolean isConsumerSecretGiven() {
        return consumerSecretGiven;
    }

    /**
     * The boolean elements as written (null when unset), by element name; {@link AppMapper} reports each that is not
     * {@code true}/{@code false} instead of reading it as false.
     */
    public java.util.Map<String, String> booleanTexts() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("pkceRequired", pkceRequired);
        m.put("secretRequiredForWebServerFlow", secretRequiredForWebServerFlow);
        m.put("secretRequiredForRefreshToken", secretRequiredForRefreshToken);
        m.put("secretRequiredForTokenExchange", secretRequiredForTokenExchange);
        m.put("introspectAllTokens", introspectAllTokens);
        m.put("authorizationCodeAndCredentialsFlow", authorizationCodeAndCredentialsFlow);
        m.put("clientCredentialsFlow", clientCredentialsFlow);
        m.put("deviceFlow", deviceFlow);
        m.put("tokenExchangeFlow", tokenExchangeFlow);
        m.put("jwtBearer", jwtBearer);
        m.put("refreshTokenRotation", refreshTokenRotation);
        m.put("refreshTokenIdleLimit", refreshTokenIdleLimit);
        m.put("policiesEnabled", policiesEnabled);
        m.put("oauthPluginEnabled", oauthPluginEnabled);
        return m;
    }
}
