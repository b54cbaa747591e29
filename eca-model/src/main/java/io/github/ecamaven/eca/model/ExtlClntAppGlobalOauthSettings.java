package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ExtlClntAppGlobalOauthSettings}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppGlobalOauthSettings")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppGlobalOauthSettings", propOrder = {
    "callbackUrl",
    "certificate",
    "consumerKey",
    "consumerSecret",
    "externalClientApplication",
    "idTokenConfig",
    "isClientCredentialsFlowEnabled",
    "isCodeCredFlowEnabled",
    "isCodeCredPostOnly",
    "isConsumerSecretOptional",
    "isDPopEnabled",
    "isDeviceFlowEnabled",
    "isEnforceRefreshTokenTTL",
    "isIntrospectAllTokens",
    "isMtlsEnabled",
    "isNamedUserJwtEnabled",
    "isPkceRequired",
    "isRefreshTokenRotationEnabled",
    "isSecretRequiredForRefreshToken",
    "isSecretRequiredForTokenExchange",
    "isTokenExchangeEnabled",
    "label",
    "shouldRotateConsumerKey",
    "shouldRotateConsumerSecret"
})
public class ExtlClntAppGlobalOauthSettings extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "callbackUrl")
    private String callbackUrl;

    @XmlElement(name = "certificate")
    private String certificate;

    @XmlElement(name = "consumerKey")
    private String consumerKey;

    @XmlElement(name = "consumerSecret")
    private String consumerSecret;

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "idTokenConfig")
    private ExternalAppIdTokenConfig idTokenConfig;

    @XmlElement(name = "isClientCredentialsFlowEnabled")
    private Boolean isClientCredentialsFlowEnabled;

    @XmlElement(name = "isCodeCredFlowEnabled")
    private Boolean isCodeCredFlowEnabled;

    @XmlElement(name = "isCodeCredPostOnly")
    private Boolean isCodeCredPostOnly;

    @XmlElement(name = "isConsumerSecretOptional")
    private Boolean isConsumerSecretOptional;

    @XmlElement(name = "isDPopEnabled")
    private Boolean isDPopEnabled;

    @XmlElement(name = "isDeviceFlowEnabled")
    private Boolean isDeviceFlowEnabled;

    @XmlElement(name = "isEnforceRefreshTokenTTL")
    private Boolean isEnforceRefreshTokenTTL;

    @XmlElement(name = "isIntrospectAllTokens")
    private Boolean isIntrospectAllTokens;

    @XmlElement(name = "isMtlsEnabled")
    private Boolean isMtlsEnabled;

    @XmlElement(name = "isNamedUserJwtEnabled")
    private Boolean isNamedUserJwtEnabled;

    @XmlElement(name = "isPkceRequired")
    private Boolean isPkceRequired;

    @XmlElement(name = "isRefreshTokenRotationEnabled")
    private Boolean isRefreshTokenRotationEnabled;

    @XmlElement(name = "isSecretRequiredForRefreshToken")
    private Boolean isSecretRequiredForRefreshToken;

    @XmlElement(name = "isSecretRequiredForTokenExchange")
    private Boolean isSecretRequiredForTokenExchange;

    @XmlElement(name = "isTokenExchangeEnabled")
    private Boolean isTokenExchangeEnabled;

    @XmlElement(name = "label")
    private String label;

    @XmlElement(name = "shouldRotateConsumerKey")
    private Boolean shouldRotateConsumerKey;

    @XmlElement(name = "shouldRotateConsumerSecret")
    private Boolean shouldRotateConsumerSecret;

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String value) {
        this.callbackUrl = value;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String value) {
        this.certificate = value;
    }

    public String getConsumerKey() {
        return consumerKey;
    }

    public void setConsumerKey(String value) {
        this.consumerKey = value;
    }

    public String getConsumerSecret() {
        return consumerSecret;
    }

    public void setConsumerSecret(String value) {
        this.consumerSecret = value;
    }

    @Override
    public String getExternalClientApplication() {
        return externalClientApplication;
    }

    @Override
    public void setExternalClientApplication(String value) {
        this.externalClientApplication = value;
    }

    public ExternalAppIdTokenConfig getIdTokenConfig() {
        return idTokenConfig;
    }

    public void setIdTokenConfig(ExternalAppIdTokenConfig value) {
        this.idTokenConfig = value;
    }

    public Boolean getIsClientCredentialsFlowEnabled() {
        return isClientCredentialsFlowEnabled;
    }

    public void setIsClientCredentialsFlowEnabled(Boolean value) {
        this.isClientCredentialsFlowEnabled = value;
    }

    public Boolean getIsCodeCredFlowEnabled() {
        return isCodeCredFlowEnabled;
    }

    public void setIsCodeCredFlowEnabled(Boolean value) {
        this.isCodeCredFlowEnabled = value;
    }

    public Boolean getIsCodeCredPostOnly() {
        return isCodeCredPostOnly;
    }

    public void setIsCodeCredPostOnly(Boolean value) {
        this.isCodeCredPostOnly = value;
    }

    public Boolean getIsConsumerSecretOptional() {
        return isConsumerSecretOptional;
    }

    public void setIsConsumerSecretOptional(Boolean value) {
        this.isConsumerSecretOptional = value;
    }

    public Boolean getIsDPopEnabled() {
        return isDPopEnabled;
    }

    public void setIsDPopEnabled(Boolean value) {
        this.isDPopEnabled = value;
    }

    public Boolean getIsDeviceFlowEnabled() {
        return isDeviceFlowEnabled;
    }

    public void setIsDeviceFlowEnabled(Boolean value) {
        this.isDeviceFlowEnabled = value;
    }

    public Boolean getIsEnforceRefreshTokenTTL() {
        return isEnforceRefreshTokenTTL;
    }

    public void setIsEnforceRefreshTokenTTL(Boolean value) {
        this.isEnforceRefreshTokenTTL = value;
    }

    public Boolean getIsIntrospectAllTokens() {
        return isIntrospectAllTokens;
    }

    public void setIsIntrospectAllTokens(Boolean value) {
        this.isIntrospectAllTokens = value;
    }

    public Boolean getIsMtlsEnabled() {
        return isMtlsEnabled;
    }

    public void setIsMtlsEnabled(Boolean value) {
        this.isMtlsEnabled = value;
    }

    public Boolean getIsNamedUserJwtEnabled() {
        return isNamedUserJwtEnabled;
    }

    public void setIsNamedUserJwtEnabled(Boolean value) {
        this.isNamedUserJwtEnabled = value;
    }

    public Boolean getIsPkceRequired() {
        return isPkceRequired;
    }

    public void setIsPkceRequired(Boolean value) {
        this.isPkceRequired = value;
    }

    public Boolean getIsRefreshTokenRotationEnabled() {
        return isRefreshTokenRotationEnabled;
    }

    public void setIsRefreshTokenRotationEnabled(Boolean value) {
        this.isRefreshTokenRotationEnabled = value;
    }

    public Boolean getIsSecretRequiredForRefreshToken() {
        return isSecretRequiredForRefreshToken;
    }

    public void setIsSecretRequiredForRefreshToken(Boolean value) {
        this.isSecretRequiredForRefreshToken = value;
    }

    public Boolean getIsSecretRequiredForTokenExchange() {
        return isSecretRequiredForTokenExchange;
    }

    public void setIsSecretRequiredForTokenExchange(Boolean value) {
        this.isSecretRequiredForTokenExchange = value;
    }

    public Boolean getIsTokenExchangeEnabled() {
        return isTokenExchangeEnabled;
    }

    public void setIsTokenExchangeEnabled(Boolean value) {
        this.isTokenExchangeEnabled = value;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public void setLabel(String value) {
        this.label = value;
    }

    public Boolean getShouldRotateConsumerKey() {
        return shouldRotateConsumerKey;
    }

    public void setShouldRotateConsumerKey(Boolean value) {
        this.shouldRotateConsumerKey = value;
    }

    public Boolean getShouldRotateConsumerSecret() {
        return shouldRotateConsumerSecret;
    }

    public void setShouldRotateConsumerSecret(Boolean value) {
        this.shouldRotateConsumerSecret = value;
    }

}
