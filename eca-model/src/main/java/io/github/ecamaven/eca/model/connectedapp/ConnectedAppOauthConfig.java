package io.github.ecamaven.eca.model.connectedapp;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Salesforce metadata type {@code ConnectedAppOauthConfig} (WSDL 66.0, ConnectedApp part); properties in WSDL order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectedAppOauthConfig", propOrder = {
    "assetTokenConfig",
    "callbackUrl",
    "certificate",
    "consumerKey",
    "consumerSecret",
    "idTokenConfig",
    "isAdminApproved",
    "isClientCredentialEnabled",
    "isCodeCredentialEnabled",
    "isCodeCredentialPostOnly",
    "isConsumerSecretOptional",
    "isIntrospectAllTokens",
    "isNamedUserJwtEnabled",
    "isPkceRequired",
    "isRefreshTokenRotationEnabled",
    "isSecretRequiredForRefreshToken",
    "isSecretRequiredForTokenExchange",
    "isTokenExchangeEnabled",
    "oauthClientCredentialUser",
    "scopes",
    "singleLogoutUrl"
})
public class ConnectedAppOauthConfig {

    @XmlElement(name = "assetTokenConfig")
    private ConnectedAppOauthAssetToken assetTokenConfig;

    @XmlElement(name = "callbackUrl", required = true)
    private String callbackUrl;

    @XmlElement(name = "certificate")
    private String certificate;

    @XmlElement(name = "consumerKey")
    private String consumerKey;

    @XmlElement(name = "consumerSecret")
    private String consumerSecret;

    @XmlElement(name = "idTokenConfig")
    private ConnectedAppOauthIdToken idTokenConfig;

    @XmlElement(name = "isAdminApproved")
    private Boolean isAdminApproved;

    @XmlElement(name = "isClientCredentialEnabled")
    private Boolean isClientCredentialEnabled;

    @XmlElement(name = "isCodeCredentialEnabled")
    private Boolean isCodeCredentialEnabled;

    @XmlElement(name = "isCodeCredentialPostOnly")
    private Boolean isCodeCredentialPostOnly;

    @XmlElement(name = "isConsumerSecretOptional")
    private Boolean isConsumerSecretOptional;

    @XmlElement(name = "isIntrospectAllTokens")
    private Boolean isIntrospectAllTokens;

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

    @XmlElement(name = "oauthClientCredentialUser")
    private String oauthClientCredentialUser;

    @XmlElement(name = "scopes")
    private List<String> scopes = new ArrayList<>();

    @XmlElement(name = "singleLogoutUrl")
    private String singleLogoutUrl;

    public ConnectedAppOauthAssetToken getAssetTokenConfig() {
        return assetTokenConfig;
    }

    public void setAssetTokenConfig(ConnectedAppOauthAssetToken value) {
        this.assetTokenConfig = value;
    }

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

    public ConnectedAppOauthIdToken getIdTokenConfig() {
        return idTokenConfig;
    }

    public void setIdTokenConfig(ConnectedAppOauthIdToken value) {
        this.idTokenConfig = value;
    }

    public Boolean getIsAdminApproved() {
        return isAdminApproved;
    }

    public void setIsAdminApproved(Boolean value) {
        this.isAdminApproved = value;
    }

    public Boolean getIsClientCredentialEnabled() {
        return isClientCredentialEnabled;
    }

    public void setIsClientCredentialEnabled(Boolean value) {
        this.isClientCredentialEnabled = value;
    }

    public Boolean getIsCodeCredentialEnabled() {
        return isCodeCredentialEnabled;
    }

    public void setIsCodeCredentialEnabled(Boolean value) {
        this.isCodeCredentialEnabled = value;
    }

    public Boolean getIsCodeCredentialPostOnly() {
        return isCodeCredentialPostOnly;
    }

    public void setIsCodeCredentialPostOnly(Boolean value) {
        this.isCodeCredentialPostOnly = value;
    }

    public Boolean getIsConsumerSecretOptional() {
        return isConsumerSecretOptional;
    }

    public void setIsConsumerSecretOptional(Boolean value) {
        this.isConsumerSecretOptional = value;
    }

    public Boolean getIsIntrospectAllTokens() {
        return isIntrospectAllTokens;
    }

    public void setIsIntrospectAllTokens(Boolean value) {
        this.isIntrospectAllTokens = value;
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

    public String getOauthClientCredentialUser() {
        return oauthClientCredentialUser;
    }

    public void setOauthClientCredentialUser(String value) {
        this.oauthClientCredentialUser = value;
    }

    /** The live list; never null. */
    public List<String> getScopes() {
        return scopes;
    }

    public String getSingleLogoutUrl() {
        return singleLogoutUrl;
    }

    public void setSingleLogoutUrl(String value) {
        this.singleLogoutUrl = value;
    }
}
