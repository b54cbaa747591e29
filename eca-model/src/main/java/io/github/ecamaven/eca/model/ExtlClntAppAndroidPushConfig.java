package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce nested type {@code ExtlClntAppAndroidPushConfig}; properties in WSDL (= retrieve) order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppAndroidPushConfig", propOrder = {
    "fcmProject",
    "serviceAccount"
})
public class ExtlClntAppAndroidPushConfig {

    @XmlElement(name = "fcmProject", required = true)
    private String fcmProject;

    @XmlElement(name = "serviceAccount", required = true)
    private String serviceAccount;

    public String getFcmProject() {
        return fcmProject;
    }

    public void setFcmProject(String value) {
        this.fcmProject = value;
    }

    public String getServiceAccount() {
        return serviceAccount;
    }

    public void setServiceAccount(String value) {
        this.serviceAccount = value;
    }

}
