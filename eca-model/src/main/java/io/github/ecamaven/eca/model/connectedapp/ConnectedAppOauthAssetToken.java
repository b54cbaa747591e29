package io.github.ecamaven.eca.model.connectedapp;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ConnectedAppOauthAssetToken} (WSDL 66.0, ConnectedApp part); properties in WSDL order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectedAppOauthAssetToken", propOrder = {
    "assetAudiences",
    "assetIncludeAttributes",
    "assetIncludeCustomPerms",
    "assetSigningCertId",
    "assetValidityPeriod"
})
public class ConnectedAppOauthAssetToken {

    @XmlElement(name = "assetAudiences", required = true)
    private String assetAudiences;

    @XmlElement(name = "assetIncludeAttributes", required = true)
    private Boolean assetIncludeAttributes;

    @XmlElement(name = "assetIncludeCustomPerms", required = true)
    private Boolean assetIncludeCustomPerms;

    @XmlElement(name = "assetSigningCertId", required = true)
    private String assetSigningCertId;

    @XmlElement(name = "assetValidityPeriod", required = true)
    private Integer assetValidityPeriod;

    public String getAssetAudiences() {
        return assetAudiences;
    }

    public void setAssetAudiences(String value) {
        this.assetAudiences = value;
    }

    public Boolean getAssetIncludeAttributes() {
        return assetIncludeAttributes;
    }

    public void setAssetIncludeAttributes(Boolean value) {
        this.assetIncludeAttributes = value;
    }

    public Boolean getAssetIncludeCustomPerms() {
        return assetIncludeCustomPerms;
    }

    public void setAssetIncludeCustomPerms(Boolean value) {
        this.assetIncludeCustomPerms = value;
    }

    public String getAssetSigningCertId() {
        return assetSigningCertId;
    }

    public void setAssetSigningCertId(String value) {
        this.assetSigningCertId = value;
    }

    public Integer getAssetValidityPeriod() {
        return assetValidityPeriod;
    }

    public void setAssetValidityPeriod(Integer value) {
        this.assetValidityPeriod = value;
    }
}
