package io.github.ecamaven.eca.model.connectedapp;

import io.github.ecamaven.eca.model.MetadataComponent;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code CanvasMetadata} (WSDL 66.0, ConnectedApp part); properties in WSDL order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CanvasMetadata", propOrder = {
    "accessMethod",
    "canvasOptions",
    "canvasUrl",
    "lifecycleClass",
    "locationOptions",
    "samlInitiationMethod"
})
public class CanvasMetadata extends MetadataComponent {

    @XmlElement(name = "accessMethod", required = true)
    private String accessMethod;

    @XmlElement(name = "canvasOptions")
    private String canvasOptions;

    @XmlElement(name = "canvasUrl", required = true)
    private String canvasUrl;

    @XmlElement(name = "lifecycleClass")
    private String lifecycleClass;

    @XmlElement(name = "locationOptions")
    private String locationOptions;

    @XmlElement(name = "samlInitiationMethod")
    private String samlInitiationMethod;

    public String getAccessMethod() {
        return accessMethod;
    }

    public void setAccessMethod(String value) {
        this.accessMethod = value;
    }

    public String getCanvasOptions() {
        return canvasOptions;
    }

    public void setCanvasOptions(String value) {
        this.canvasOptions = value;
    }

    public String getCanvasUrl() {
        return canvasUrl;
    }

    public void setCanvasUrl(String value) {
        this.canvasUrl = value;
    }

    public String getLifecycleClass() {
        return lifecycleClass;
    }

    public void setLifecycleClass(String value) {
        this.lifecycleClass = value;
    }

    public String getLocationOptions() {
        return locationOptions;
    }

    public void setLocationOptions(String value) {
        this.locationOptions = value;
    }

    public String getSamlInitiationMethod() {
        return samlInitiationMethod;
    }

    public void setSamlInitiationMethod(String value) {
        this.samlInitiationMethod = value;
    }
}
