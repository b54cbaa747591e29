package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ExtlClntAppPushConfigurablePolicies}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppPushConfigurablePolicies")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppPushConfigurablePolicies", propOrder = {
    "externalClientApplication",
    "isFullContent",
    "label"
})
public class ExtlClntAppPushConfigurablePolicies extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "isFullContent", required = true)
    private Boolean isFullContent;

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

    public Boolean getIsFullContent() {
        return isFullContent;
    }

    public void setIsFullContent(Boolean value) {
        this.isFullContent = value;
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
