package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ExtlClntAppMobileSettings}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppMobileSettings")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppMobileSettings", propOrder = {
    "externalClientApplication",
    "isScreenLockEnabled",
    "label"
})
public class ExtlClntAppMobileSettings extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "isScreenLockEnabled", required = true)
    private Boolean isScreenLockEnabled;

    @XmlElement(name = "label")
    private String label;

    @Override
    public String getExternalClientApplication() {
        return externalClientApplication;
    }

    @Override
    public void setExternalClientApplication(String value) {
        this.externalClientApplication = value;
    }

    public Boolean getIsScreenLockEnabled() {
        return isScreenLockEnabled;
    }

    public void setIsScreenLockEnabled(Boolean value) {
        this.isScreenLockEnabled = value;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public void setLabel(String value) {
        this.label = value;
    }

}
