package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ExtlClntAppMobileConfigurablePolicies}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppMobileConfigurablePolicies")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppMobileConfigurablePolicies", propOrder = {
    "externalClientApplication",
    "label",
    "screenLockTimeout"
})
public class ExtlClntAppMobileConfigurablePolicies extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "label")
    private String label;

    @XmlElement(name = "screenLockTimeout", required = true)
    private ScreenLockTimeout screenLockTimeout;

    @Override
    public String getExternalClientApplication() {
        return externalClientApplication;
    }

    @Override
    public void setExternalClientApplication(String value) {
        this.externalClientApplication = value;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public void setLabel(String value) {
        this.label = value;
    }

    public ScreenLockTimeout getScreenLockTimeout() {
        return screenLockTimeout;
    }

    public void setScreenLockTimeout(ScreenLockTimeout value) {
        this.screenLockTimeout = value;
    }

}
