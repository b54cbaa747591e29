package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Salesforce metadata type {@code ExtlClntAppCanvasSettings}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppCanvasSettings")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppCanvasSettings", propOrder = {
    "accessMethod",
    "canvasLocationOptions",
    "canvasOptions",
    "canvasUrl",
    "externalClientApplication",
    "label",
    "lifeCycleHandler",
    "samlInitiationMethod"
})
public class ExtlClntAppCanvasSettings extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "accessMethod")
    private AccessMethod accessMethod;

    @XmlElement(name = "canvasLocationOptions")
    private List<CanvasLocationOptions> canvasLocationOptions = new ArrayList<>();

    @XmlElement(name = "canvasOptions")
    private List<CanvasOptions> canvasOptions = new ArrayList<>();

    @XmlElement(name = "canvasUrl", required = true)
    private String canvasUrl;

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "label")
    private String label;

    @XmlElement(name = "lifeCycleHandler")
    private String lifeCycleHandler;

    @XmlElement(name = "samlInitiationMethod")
    private SamlInitiationMethod samlInitiationMethod;

    public AccessMethod getAccessMethod() {
        return accessMethod;
    }

    public void setAccessMethod(AccessMethod value) {
        this.accessMethod = value;
    }

    /** Live list of {@code <canvasLocationOptions>} elements. */
    public List<CanvasLocationOptions> getCanvasLocationOptions() {
        return canvasLocationOptions;
    }

    /** Live list of {@code <canvasOptions>} elements. */
    public List<CanvasOptions> getCanvasOptions() {
        return canvasOptions;
    }

    public String getCanvasUrl() {
        return canvasUrl;
    }

    public void setCanvasUrl(String value) {
        this.canvasUrl = value;
    }

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

    public String getLifeCycleHandler() {
        return lifeCycleHandler;
    }

    public void setLifeCycleHandler(String value) {
        this.lifeCycleHandler = value;
    }

    public SamlInitiationMethod getSamlInitiationMethod() {
        return samlInitiationMethod;
    }

    public void setSamlInitiationMethod(SamlInitiationMethod value) {
        this.samlInitiationMethod = value;
    }

}
