package io.github.ecamaven.eca.model.connectedapp;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ConnectedAppSamlConfig} (WSDL 66.0, ConnectedApp part); properties in WSDL order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectedAppSamlConfig", propOrder = {
    "acsUrl",
    "certificate",
    "encryptionCertificate",
    "encryptionType",
    "entityUrl",
    "issuer",
    "samlIdpSLOBindingEnum",
    "samlNameIdFormat",
    "samlSigningAlgoType",
    "samlSloUrl",
    "samlSubjectCustomAttr",
    "samlSubjectType"
})
public class ConnectedAppSamlConfig {

    @XmlElement(name = "acsUrl", required = true)
    private String acsUrl;

    @XmlElement(name = "certificate")
    private String certificate;

    @XmlElement(name = "encryptionCertificate")
    private String encryptionCertificate;

    @XmlElement(name = "encryptionType")
    private String encryptionType;

    @XmlElement(name = "entityUrl", required = true)
    private String entityUrl;

    @XmlElement(name = "issuer")
    private String issuer;

    @XmlElement(name = "samlIdpSLOBindingEnum")
    private String samlIdpSLOBindingEnum;

    @XmlElement(name = "samlNameIdFormat")
    private String samlNameIdFormat;

    @XmlElement(name = "samlSigningAlgoType")
    private String samlSigningAlgoType;

    @XmlElement(name = "samlSloUrl")
    private String samlSloUrl;

    @XmlElement(name = "samlSubjectCustomAttr")
    private String samlSubjectCustomAttr;

    @XmlElement(name = "samlSubjectType", required = true)
    private String samlSubjectType;

    public String getAcsUrl() {
        return acsUrl;
    }

    public void setAcsUrl(String value) {
        this.acsUrl = value;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String value) {
        this.certificate = value;
    }

    public String getEncryptionCertificate() {
        return encryptionCertificate;
    }

    public void setEncryptionCertificate(String value) {
        this.encryptionCertificate = value;
    }

    public String getEncryptionType() {
        return encryptionType;
    }

    public void setEncryptionType(String value) {
        this.encryptionType = value;
    }

    public String getEntityUrl() {
        return entityUrl;
    }

    public void setEntityUrl(String value) {
        this.entityUrl = value;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String value) {
        this.issuer = value;
    }

    public String getSamlIdpSLOBindingEnum() {
        return samlIdpSLOBindingEnum;
    }

    public void setSamlIdpSLOBindingEnum(String value) {
        this.samlIdpSLOBindingEnum = value;
    }

    public String getSamlNameIdFormat() {
        return samlNameIdFormat;
    }

    public void setSamlNameIdFormat(String value) {
        this.samlNameIdFormat = value;
    }

    public String getSamlSigningAlgoType() {
        return samlSigningAlgoType;
    }

    public void setSamlSigningAlgoType(String value) {
        this.samlSigningAlgoType = value;
    }

    public String getSamlSloUrl() {
        return samlSloUrl;
    }

    public void setSamlSloUrl(String value) {
        this.samlSloUrl = value;
    }

    public String getSamlSubjectCustomAttr() {
        return samlSubjectCustomAttr;
    }

    public void setSamlSubjectCustomAttr(String value) {
        this.samlSubjectCustomAttr = value;
    }

    public String getSamlSubjectType() {
        return samlSubjectType;
    }

    public void setSamlSubjectType(String value) {
        this.samlSubjectType = value;
    }
}
