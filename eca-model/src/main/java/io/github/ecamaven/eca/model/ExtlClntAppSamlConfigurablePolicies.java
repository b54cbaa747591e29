package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Salesforce metadata type {@code ExtlClntAppSamlConfigurablePolicies}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppSamlConfigurablePolicies")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppSamlConfigurablePolicies", propOrder = {
    "acsUrl",
    "certificate",
    "commaSeparatedPermissionSet",
    "commaSeparatedProfile",
    "customAttributes",
    "encryptionCertificate",
    "encryptionType",
    "entityUrl",
    "externalClientApplication",
    "issuer",
    "label",
    "nameIdFormat",
    "signingAlgorithmType",
    "singleLogoutBindingType",
    "singleLogoutUrl",
    "subjectCustomAttribute",
    "subjectType"
})
public class ExtlClntAppSamlConfigurablePolicies extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "acsUrl", required = true)
    private String acsUrl;

    @XmlElement(name = "certificate")
    private String certificate;

    @XmlElement(name = "commaSeparatedPermissionSet")
    private String commaSeparatedPermissionSet;

    @XmlElement(name = "commaSeparatedProfile")
    private String commaSeparatedProfile;

    @XmlElement(name = "customAttributes")
    private List<ExtlClntAppSamlConfigurablePoliciesAttribute> customAttributes = new ArrayList<>();

    @XmlElement(name = "encryptionCertificate")
    private String encryptionCertificate;

    @XmlElement(name = "encryptionType")
    private ExtlClntAppSamlEncryptType encryptionType;

    @XmlElement(name = "entityUrl", required = true)
    private String entityUrl;

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "issuer")
    private String issuer;

    @XmlElement(name = "label")
    private String label;

    @XmlElement(name = "nameIdFormat")
    private ExtlClntAppNameIdFormatType nameIdFormat;

    @XmlElement(name = "signingAlgorithmType")
    private ExtlClntAppSamlSignAlgoType signingAlgorithmType;

    @XmlElement(name = "singleLogoutBindingType")
    private ExtlClntAppSamlBindingType singleLogoutBindingType;

    @XmlElement(name = "singleLogoutUrl")
    private String singleLogoutUrl;

    @XmlElement(name = "subjectCustomAttribute")
    private String subjectCustomAttribute;

    @XmlElement(name = "subjectType")
    private ExtlClntAppSamlSubjectType subjectType;

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
    public List<ExtlClntAppSamlConfigurablePoliciesAttribute> getCustomAttributes() {
        return customAttributes;
    }

    public String getEncryptionCertificate() {
        return encryptionCertificate;
    }

    public void setEncryptionCertificate(String value) {
        this.encryptionCertificate = value;
    }

    public ExtlClntAppSamlEncryptType getEncryptionType() {
        return encryptionType;
    }

    public void setEncryptionType(ExtlClntAppSamlEncryptType value) {
        this.encryptionType = value;
    }

    public String getEntityUrl() {
        return entityUrl;
    }

    public void setEntityUrl(String value) {
        this.entityUrl = value;
    }

    @Override
    public String getExternalClientApplication() {
        return externalClientApplication;
    }

    @Override
    public void setExternalClientApplication(String value) {
        this.externalClientApplication = value;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String value) {
        this.issuer = value;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public void setLabel(String value) {
        this.label = value;
    }

    public ExtlClntAppNameIdFormatType getNameIdFormat() {
        return nameIdFormat;
    }

    public void setNameIdFormat(ExtlClntAppNameIdFormatType value) {
        this.nameIdFormat = value;
    }

    public ExtlClntAppSamlSignAlgoType getSigningAlgorithmType() {
        return signingAlgorithmType;
    }

    public void setSigningAlgorithmType(ExtlClntAppSamlSignAlgoType value) {
        this.signingAlgorithmType = value;
    }

    public ExtlClntAppSamlBindingType getSingleLogoutBindingType() {
        return singleLogoutBindingType;
    }

    public void setSingleLogoutBindingType(ExtlClntAppSamlBindingType value) {
        this.singleLogoutBindingType = value;
    }

    public String getSingleLogoutUrl() {
        return singleLogoutUrl;
    }

    public void setSingleLogoutUrl(String value) {
        this.singleLogoutUrl = value;
    }

    public String getSubjectCustomAttribute() {
        return subjectCustomAttribute;
    }

    public void setSubjectCustomAttribute(String value) {
        this.subjectCustomAttribute = value;
    }

    public ExtlClntAppSamlSubjectType getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(ExtlClntAppSamlSubjectType value) {
        this.subjectType = value;
    }

}
