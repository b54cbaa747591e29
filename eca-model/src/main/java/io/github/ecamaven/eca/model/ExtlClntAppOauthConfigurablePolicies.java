package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Salesforce metadata type {@code ExtlClntAppOauthConfigurablePolicies}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppOauthConfigurablePolicies")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppOauthConfigurablePolicies", propOrder = {
    "apexHandler",
    "clientCredentialsFlowUser",
    "commaSeparatedCustomScopes",
    "commaSeparatedPermissionSet",
    "commaSeparatedProfile",
    "customAttributes",
    "executeHandlerAs",
    "externalClientApplication",
    "guestJwtSessionTimeoutType",
    "guestJwtTimeout",
    "ipRelaxationPolicyType",
    "isClientCredentialsFlowEnabled",
    "isGuestCodeCredFlowEnabled",
    "isNamedUserJwtEnabled",
    "isTokenExchangeFlowEnabled",
    "label",
    "namedUserJwtSessionTimeoutType",
    "namedUserJwtTimeout",
    "permittedUsersPolicyType",
    "policyAction",
    "refreshTokenPolicyType",
    "refreshTokenValidityPeriod",
    "refreshTokenValidityUnit",
    "requiredSessionLevel",
    "sessionTimeoutInMinutes",
    "singleLogoutUrl",
    "startUrl"
})
public class ExtlClntAppOauthConfigurablePolicies extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "apexHandler")
    private String apexHandler;

    @XmlElement(name = "clientCredentialsFlowUser")
    private String clientCredentialsFlowUser;

    @XmlElement(name = "commaSeparatedCustomScopes")
    private String commaSeparatedCustomScopes;

    @XmlElement(name = "commaSeparatedPermissionSet")
    private String commaSeparatedPermissionSet;

    @XmlElement(name = "commaSeparatedProfile")
    private String commaSeparatedProfile;

    @XmlElement(name = "customAttributes")
    private List<ExtlClntAppOauthPoliciesAttribute> customAttributes = new ArrayList<>();

    @XmlElement(name = "executeHandlerAs")
    private String executeHandlerAs;

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "guestJwtSessionTimeoutType")
    private JWTSessionTimeoutType guestJwtSessionTimeoutType;

    @XmlElement(name = "guestJwtTimeout")
    private Integer guestJwtTimeout;

    @XmlElement(name = "ipRelaxationPolicyType")
    private String ipRelaxationPolicyType;

    @XmlElement(name = "isClientCredentialsFlowEnabled")
    private Boolean isClientCredentialsFlowEnabled;

    @XmlElement(name = "isGuestCodeCredFlowEnabled")
    private Boolean isGuestCodeCredFlowEnabled;

    /** Dropped from the WSDL after 63.0, but orgs still emit it on retrieve; kept so files round-trip. */
    @XmlElement(name = "isNamedUserJwtEnabled")
    private Boolean isNamedUserJwtEnabled;

    @XmlElement(name = "isTokenExchangeFlowEnabled")
    private Boolean isTokenExchangeFlowEnabled;

    @XmlElement(name = "label")
    private String label;

    @XmlElement(name = "namedUserJwtSessionTimeoutType")
    private JWTSessionTimeoutType namedUserJwtSessionTimeoutType;

    @XmlElement(name = "namedUserJwtTimeout")
    private Integer namedUserJwtTimeout;

    @XmlElement(name = "permittedUsersPolicyType")
    private PermittedUsersPolicyType permittedUsersPolicyType;

    @XmlElement(name = "policyAction")
    private PolicyAction policyAction;

    @XmlElement(name = "refreshTokenPolicyType")
    private RefreshTokenPolicyType refreshTokenPolicyType;

    @XmlElement(name = "refreshTokenValidityPeriod")
    private Integer refreshTokenValidityPeriod;

    @XmlElement(name = "refreshTokenValidityUnit")
    private String refreshTokenValidityUnit;

    @XmlElement(name = "requiredSessionLevel")
    private SessionSecurityLevel requiredSessionLevel;

    @XmlElement(name = "sessionTimeoutInMinutes")
    private Integer sessionTimeoutInMinutes;

    @XmlElement(name = "singleLogoutUrl")
    private String singleLogoutUrl;

    @XmlElement(name = "startUrl")
    private String startUrl;

    public String getApexHandler() {
        return apexHandler;
    }

    public void setApexHandler(String value) {
        this.apexHandler = value;
    }

    public String getClientCredentialsFlowUser() {
        return clientCredentialsFlowUser;
    }

    public void setClientCredentialsFlowUser(String value) {
        this.clientCredentialsFlowUser = value;
    }

    public String getCommaSeparatedCustomScopes() {
        return commaSeparatedCustomScopes;
    }

    public void setCommaSeparatedCustomScopes(String value) {
        this.commaSeparatedCustomScopes = value;
    }

    public String getCommaSeparatedPermissionSet() {
        return commaSeparatedPermissionSet;
    }

    public void setCommaSeparatedPermissionSet(String value) {
        this.commaSeparatedPermissionSet = value;
    }

    public String getCommaSeparatedProfile() {
        return commaSeparatedProfile;
    }

    public void setCommaSeparatedProfile(String value) {
        this.commaSeparatedProfile = value;
    }

    /** Live list of {@code <customAttributes>} elements. */
    public List<ExtlClntAppOauthPoliciesAttribute> getCustomAttributes() {
        return customAttributes;
    }

    public String getExecuteHandlerAs() {
        return executeHandlerAs;
    }

    public void setExecuteHandlerAs(String value) {
        this.executeHandlerAs = value;
    }

    @Override
    public String getExternalClientApplication() {
        return externalClientApplication;
    }

    @Override
    public void setExternalClientApplication(String value) {
        this.externalClientApplication = value;
    }

    public JWTSessionTimeoutType getGuestJwtSessionTimeoutType() {
        return guestJwtSessionTimeoutType;
    }

    public void setGuestJwtSessionTimeoutType(JWTSessionTimeoutType value) {
        this.guestJwtSessionTimeoutType = value;
    }

    public Integer getGuestJwtTimeout() {
        return guestJwtTimeout;
    }

    public void setGuestJwtTimeout(Integer value) {
        this.guestJwtTimeout = value;
    }

    public String getIpRelaxationPolicyType() {
        return ipRelaxationPolicyType;
    }

    public void setIpRelaxationPolicyType(String value) {
        this.ipRelaxationPolicyType = value;
    }

    public Boolean getIsClientCredentialsFlowEnabled() {
        return isClientCredentialsFlowEnabled;
    }

    public void setIsClientCredentialsFlowEnabled(Boolean value) {
        this.isClientCredentialsFlowEnabled = value;
    }

    public Boolean getIsGuestCodeCredFlowEnabled() {
        return isGuestCodeCredFlowEnabled;
    }

    public void setIsGuestCodeCredFlowEnabled(Boolean value) {
        this.isGuestCodeCredFlowEnabled = value;
    }

    public Boolean getIsNamedUserJwtEnabled() {
        return isNamedUserJwtEnabled;
    }

    public void setIsNamedUserJwtEnabled(Boolean value) {
        this.isNamedUserJwtEnabled = value;
    }

    public Boolean getIsTokenExchangeFlowEnabled() {
        return isTokenExchangeFlowEnabled;
    }

    public void setIsTokenExchangeFlowEnabled(Boolean value) {
        this.isTokenExchangeFlowEnabled = value;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public void setLabel(String value) {
        this.label = value;
    }

    public JWTSessionTimeoutType getNamedUserJwtSessionTimeoutType() {
        return namedUserJwtSessionTimeoutType;
    }

    public void setNamedUserJwtSessionTimeoutType(JWTSessionTimeoutType value) {
        this.namedUserJwtSessionTimeoutType = value;
    }

    public Integer getNamedUserJwtTimeout() {
        return namedUserJwtTimeout;
    }

    public void setNamedUserJwtTimeout(Integer value) {
        this.namedUserJwtTimeout = value;
    }

    public PermittedUsersPolicyType getPermittedUsersPolicyType() {
        return permittedUsersPolicyType;
    }

    public void setPermittedUsersPolicyType(PermittedUsersPolicyType value) {
        this.permittedUsersPolicyType = value;
    }

    public PolicyAction getPolicyAction() {
        return policyAction;
    }

    public void setPolicyAction(PolicyAction value) {
        this.policyAction = value;
    }

    public RefreshTokenPolicyType getRefreshTokenPolicyType() {
        return refreshTokenPolicyType;
    }

    public void setRefreshTokenPolicyType(RefreshTokenPolicyType value) {
        this.refreshTokenPolicyType = value;
    }

    public Integer getRefreshTokenValidityPeriod() {
        return refreshTokenValidityPeriod;
    }

    public void setRefreshTokenValidityPeriod(Integer value) {
        this.refreshTokenValidityPeriod = value;
    }

    public String getRefreshTokenValidityUnit() {
        return refreshTokenValidityUnit;
    }

    public void setRefreshTokenValidityUnit(String value) {
        this.refreshTokenValidityUnit = value;
    }

    public SessionSecurityLevel getRequiredSessionLevel() {
        return requiredSessionLevel;
    }

    public void setRequiredSessionLevel(SessionSecurityLevel value) {
        this.requiredSessionLevel = value;
    }

    public Integer getSessionTimeoutInMinutes() {
        return sessionTimeoutInMinutes;
    }

    public void setSessionTimeoutInMinutes(Integer value) {
        this.sessionTimeoutInMinutes = value;
    }

    public String getSingleLogoutUrl() {
        return singleLogoutUrl;
    }

    public void setSingleLogoutUrl(String value) {
        this.singleLogoutUrl = value;
    }

    public String getStartUrl() {
        return startUrl;
    }

    public void setStartUrl(String value) {
        this.startUrl = value;
    }

}
