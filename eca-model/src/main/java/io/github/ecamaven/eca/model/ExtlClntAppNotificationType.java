package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce nested type {@code ExtlClntAppNotificationType}; properties in WSDL (= retrieve) order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppNotificationType", propOrder = {
    "notificationType",
    "pushByDefault"
})
public class ExtlClntAppNotificationType {

    @XmlElement(name = "notificationType", required = true)
    private String notificationType;

    @XmlElement(name = "pushByDefault")
    private Boolean pushByDefault;

    public String getNotificationType() {
        return notificationType;
    }

    public void setNotificationType(String value) {
        this.notificationType = value;
    }

    public Boolean getPushByDefault() {
        return pushByDefault;
    }

    public void setPushByDefault(Boolean value) {
        this.pushByDefault = value;
    }

}
