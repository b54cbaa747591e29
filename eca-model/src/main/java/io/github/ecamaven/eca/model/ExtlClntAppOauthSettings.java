package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Salesforce metadata type {@code ExtlClntAppOauthSettings}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppOauthSettings")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppOauthSettings", propOrder = {
    "areAttributesIncludedInAssetToken",
    "areCustomPermsIncludedInAssetToken",
    "assetTokenAudiences",
    "assetTokenSigningCertificate",
    "assetTokenValidity",
    "clientAssertionCertificate",
    "commaSeparatedCustomScopes",
    "commaSeparatedOauthScopes",
    "customAttributes",
    "externalClientApplication",
    "isFirstPartyAppEnabled",
    "label",
    "oauthLink",
    "singleLogoutUrl",
    "trustedIpRanges"
})
public class ExtlClntAppOauthSettings extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "areAttributesIncludedInAssetToken")
    private Boolean areAttributesIncludedInAssetToken;

    @XmlElement(name = "areCustomPermsIncludedInAssetToken")
    private Boolean areCustomPermsIncludedInAssetToken;

    @XmlElement(name = "assetTokenAudiences")
    private String assetTokenAudiences;

    @XmlElement(name = "assetTokenSigningCertificate")
    private String assetTokenSigningCertificate;

    @XmlElement(name = "assetTokenValidity")
    private Integer assetTokenValidity;

    @XmlElement(name = "clientAssertionCertificate")
    private String clientAssertionCertificate;

    @XmlElement(name = "commaSeparatedCustomScopes")
    private String commaSeparatedCustomScopes;

    @XmlElement(name = "commaSeparatedOauthScopes")
    private String commaSeparatedOauthScopes;

    @XmlElement(name = "customAttributes")
    private List<ExtlClntAppOauthSettingsAttribute> customAttributes = new ArrayList<>();

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "isFirstPartyAppEnabled")
    private Boolean isFirstPartyAppEnabled;

    @XmlElement(name = "label")
    private String label;

    @XmlElement(name = "oauthLink")
    private String oauthLink;

    @XmlElement(name = "singleLogoutUrl")
    private String singleLogoutUrl;

    @XmlElement(name = "trustedIpRanges")
    private List<ExtlClntAppOauthIpRange> trustedIpRanges = new ArrayList<>();

    public Boolean getAreAttributesIncludedInAssetToken() {
        return areAttributesIncludedInAssetToken;
    }

    public void setAreAttributesIncludedInAssetToken(Boolean value) {
        this.areAttributesIncludedInAssetToken = value;
    }

    public Boolean getAreCustomPermsIncludedInAssetToken() {
        return areCustomPermsIncludedInAssetToken;
    }

    public void setAreCustomPermsIncludedInAssetToken(Boolean value) {
        this.areCustomPermsIncludedInAssetToken = value;
    }

    public String getAssetTokenAudiences() {
        return assetTokenAudiences;
    }

    public void setAssetTokenAudiences(String value) {
        this.assetTokenAudiences = value;
    }

    public String getAssetTokenSigningCertificate() {
        return assetTokenSigningCertificate;
    }

    public void setAssetTokenSigningCertificate(String value) {
        this.assetTokenSigningCertificate = value;
    }

    public Integer getAssetTokenValidity() {
        return assetTokenValidity;
    }

    public void setAssetTokenValidity(Integer value) {
        this.assetTokenValidity = value;
    }

    public String getClientAssertionCertificate() {
        return clientAssertionCertificate;
    }

    public void setClientAssertionCertificate(String value) {
        this.clientAssertionCertificate = value;
    }

    public String getCommaSeparatedCustomScopes() {
        return commaSeparatedCustomScopes;
    }

    public void setCommaSeparatedCustomScopes(String value) {
        this.commaSeparatedCustomScopes = value;
    }

    public String getCommaSeparatedOauthScopes() {
        return commaSeparatedOauthScopes;
    }

    public void setCommaSeparatedOauthScopes(String value) {
        this.commaSeparatedOauthScopes = value;
    }

    /** Live list of {@code <customAttributes>} elements. */
    public List<ExtlClntAppOauthSettingsAttribute> getCustomAttributes() {
        return customAttributes;
    }

    @Override
    public String getExternalClientApplication() {
        return externalClientApplication;
    }

    @Override
    public void setExternalClientApplication(String value) {
        this.externalClientApplication = value;
    }

    public Boolean getIsFirstPartyAppEnabled() {
        return isFirstPartyAppEnabled;
    }

    public void setIsFirstPartyAppEnabled(Boolean value) {
        this.isFirstPartyAppEnabled = value;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public void setLabel(String value) {
        this.label = value;
    }

    public String getOauthLink() {
        return oauthLink;
    }

    public void setOauthLink(String value) {
        this.oauthLink = value;
    }

    public String getSingleLogoutUrl() {
        return singleLogoutUrl;
    }

    public void setSingleLogoutUrl(String value) {
        this.singleLogoutUrl = value;
    }

    /** Live list of {@code <trustedIpRanges>} elements. */
    public List<ExtlClntAppOauthIpRange> getTrustedIpRanges() {
        return trustedIpRanges;
    }

}
