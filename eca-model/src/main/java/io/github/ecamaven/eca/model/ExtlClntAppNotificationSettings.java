package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Salesforce metadata type {@code ExtlClntAppNotificationSettings}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppNotificationSettings")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppNotificationSettings", propOrder = {
    "externalClientApplication",
    "label",
    "notificationTypes"
})
public class ExtlClntAppNotificationSettings extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "label")
    private String label;

    @XmlElement(name = "notificationTypes")
    private List<ExtlClntAppNotificationType> notificationTypes = new ArrayList<>();

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

    /** Live list of {@code <notificationTypes>} elements. */
    public List<ExtlClntAppNotificationType> getNotificationTypes() {
        return notificationTypes;
    }

}
