package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ExternalClientApplication}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExternalClientApplication")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExternalClientApplication", propOrder = {
    "contactEmail",
    "contactPhone",
    "description",
    "distributionState",
    "iconUrl",
    "infoUrl",
    "isProtected",
    "label",
    "logoUrl",
    "managedType",
    "orgScopedExternalApp"
})
public class ExternalClientApplication extends MetadataComponent {

    @XmlElement(name = "contactEmail")
    private String contactEmail;

    @XmlElement(name = "contactPhone")
    private String contactPhone;

    @XmlElement(name = "description")
    private String description;

    @XmlElement(name = "distributionState")
    private ExtlClntAppDistState distributionState;

    @XmlElement(name = "iconUrl")
    private String iconUrl;

    @XmlElement(name = "infoUrl")
    private String infoUrl;

    @XmlElement(name = "isProtected")
    private Boolean isProtected;

    @XmlElement(name = "label")
    private String label;

    @XmlElement(name = "logoUrl")
    private String logoUrl;

    @XmlElement(name = "managedType")
    private ExtlClntAppManagedType managedType;

    @XmlElement(name = "orgScopedExternalApp")
    private String orgScopedExternalApp;

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String value) {
        this.contactEmail = value;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String value) {
        this.contactPhone = value;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String value) {
        this.description = value;
    }

    public ExtlClntAppDistState getDistributionState() {
        return distributionState;
    }

    public void setDistributionState(ExtlClntAppDistState value) {
        this.distributionState = value;
    }

    public String getIconUrl() {
        return iconUrl;
    }

    public void setIconUrl(String value) {
        this.iconUrl = value;
    }

    public String getInfoUrl() {
        return infoUrl;
    }

    public void setInfoUrl(String value) {
        this.infoUrl = value;
    }

    public Boolean getIsProtected() {
        return isProtected;
    }

    public void setIsProtected(Boolean value) {
        this.isProtected = value;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String value) {
        this.label = value;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String value) {
        this.logoUrl = value;
    }

    public ExtlClntAppManagedType getManagedType() {
        return managedType;
    }

    public void setManagedType(ExtlClntAppManagedType value) {
        this.managedType = value;
    }

    public String getOrgScopedExternalApp() {
        return orgScopedExternalApp;
    }

    public void setOrgScopedExternalApp(String value) {
        this.orgScopedExternalApp = value;
    }

}
