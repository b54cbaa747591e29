package io.github.ecamaven.eca.generate;

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
    private Boolean pkceRequired;
    private Boolean secretRequiredForWebServerFlow;
    private Boolean secretRequiredForRefreshToken;
    private Boolean secretRequiredForTokenExchange;
    private Boolean introspectAllTokens;
    private Boolean authorizationCodeAndCredentialsFlow;
    private Boolean clientCredentialsFlow;
    private String clientCredentialsUser;
    private Boolean deviceFlow;
    private Boolean tokenExchangeFlow;
    private Boolean jwtBearer;
    private File certificateFile;
    private Boolean refreshTokenRotation;
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
    private Boolean policiesEnabled;
    private Boolean oauthPluginEnabled;
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
        return pkceRequired;
    }

    public void setPkceRequired(Boolean value) {
        this.pkceRequired = value;
    }

    /** Require the secret in the web-server flow (default true; writes {@code isConsumerSecretOptional} negated). */
    public Boolean getSecretRequiredForWebServerFlow() {
        return secretRequiredForWebServerFlow;
    }

    public void setSecretRequiredForWebServerFlow(Boolean value) {
        this.secretRequiredForWebServerFlow = value;
    }

    /** Require the secret for the refresh-token flow (default true). */
    public Boolean getSecretRequiredForRefreshToken() {
        return secretRequiredForRefreshToken;
    }

    public void setSecretRequiredForRefreshToken(Boolean value) {
        this.secretRequiredForRefreshToken = value;
    }

    /** Require the secret for the token-exchange flow (default true). */
    public Boolean getSecretRequiredForTokenExchange() {
        return secretRequiredForTokenExchange;
    }

    public void setSecretRequiredForTokenExchange(Boolean value) {
        this.secretRequiredForTokenExchange = value;
    }

    /** Let the app introspect all tokens (default false). */
    public Boolean getIntrospectAllTokens() {
        return introspectAllTokens;
    }

    public void setIntrospectAllTokens(Boolean value) {
        this.introspectAllTokens = value;
    }

    /** Enable the Authorization Code and Credentials flow (default false). */
    public Boolean getAuthorizationCodeAndCredentialsFlow() {
        return authorizationCodeAndCredentialsFlow;
    }

    public void setAuthorizationCodeAndCredentialsFlow(Boolean value) {
        this.authorizationCodeAndCredentialsFlow = value;
    }

    /** Enable the client-credentials flow (default false); needs {@code clientCredentialsUser}. */
    public Boolean getClientCredentialsFlow() {
        return clientCredentialsFlow;
    }

    public void setClientCredentialsFlow(Boolean value) {
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
        return deviceFlow;
    }

    public void setDeviceFlow(Boolean value) {
        this.deviceFlow = value;
    }

    /** Enable the token-exchange flow (default false). */
    public Boolean getTokenExchangeFlow() {
        return tokenExchangeFlow;
    }

    public void setTokenExchangeFlow(Boolean value) {
        this.tokenExchangeFlow = value;
    }

    /** Enable the JWT bearer flow (needs {@code certificateFile}). */
    public Boolean getJwtBearer() {
        return jwtBearer;
    }

    public void setJwtBearer(Boolean value) {
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
        return refreshTokenRotation;
    }

    public void setRefreshTokenRotation(Boolean value) {
        this.refreshTokenRotation = value;
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
        return policiesEnabled;
    }

    public void setPoliciesEnabled(Boolean value) {
        this.policiesEnabled = value;
    }

    /** OAuth plugin switch {@code isOauthPluginEnabled} (default true). */
    public Boolean getOauthPluginEnabled() {
        return oauthPluginEnabled;
    }

    public void setOauthPluginEnabled(Boolean value) {
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
}
