package io.github.ecamaven.eca.model.connectedapp;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Salesforce metadata type {@code ConnectedAppCanvasConfig} (WSDL 66.0, ConnectedApp part); properties in WSDL order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectedAppCanvasConfig", propOrder = {
    "accessMethod",
    "canvasUrl",
    "lifecycleClass",
    "locations",
    "options",
    "samlInitiationMethod"
})
public class ConnectedAppCanvasConfig {

    @XmlElement(name = "accessMethod", required = true)
    private String accessMethod;

    @XmlElement(name = "canvasUrl", required = true)
    private String canvasUrl;

    @XmlElement(name = "lifecycleClass")
    private String lifecycleClass;

    @XmlElement(name = "locations")
    private List<String> locations = new ArrayList<>();

    @XmlElement(name = "options")
    private List<String> options = new ArrayList<>();

    @XmlElement(name = "samlInitiationMethod")
    private String samlInitiationMethod;

    public String getAccessMethod() {
        return accessMethod;
    }

    public void setAccessMethod(String value) {
        this.accessMethod = value;
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

    /** The live list; never null. */
    public List<String> getLocations() {
        return locations;
    }

    /** The live list; never null. */
    public List<String> getOptions() {
        return options;
    }

    public String getSamlInitiationMethod() {
        return samlInitiationMethod;
    }

    public void setSamlInitiationMethod(String value) {
        this.samlInitiationMethod = value;
    }
}
