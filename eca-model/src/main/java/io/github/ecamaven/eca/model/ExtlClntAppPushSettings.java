package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ExtlClntAppPushSettings}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppPushSettings")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppPushSettings", propOrder = {
    "androidPushConfig",
    "applePushConfig",
    "externalClientApplication",
    "label",
    "pushConfigLink",
    "pushServiceType"
})
public class ExtlClntAppPushSettings extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "androidPushConfig")
    private ExtlClntAppAndroidPushConfig androidPushConfig;

    @XmlElement(name = "applePushConfig")
    private ExtlClntAppApplePushConfig applePushConfig;

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "label")
    private String label;

    @XmlElement(name = "pushConfigLink")
    private String pushConfigLink;

    @XmlElement(name = "pushServiceType", required = true)
    private PushServiceType pushServiceType;

    public ExtlClntAppAndroidPushConfig getAndroidPushConfig() {
        return androidPushConfig;
    }

    public void setAndroidPushConfig(ExtlClntAppAndroidPushConfig value) {
        this.androidPushConfig = value;
    }

    public ExtlClntAppApplePushConfig getApplePushConfig() {
        return applePushConfig;
    }

    public void setApplePushConfig(ExtlClntAppApplePushConfig value) {
        this.applePushConfig = value;
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

    public String getPushConfigLink() {
        return pushConfigLink;
    }

    public void setPushConfigLink(String value) {
        this.pushConfigLink = value;
    }

    public PushServiceType getPushServiceType() {
        return pushServiceType;
    }

    public void setPushServiceType(PushServiceType value) {
        this.pushServiceType = value;
    }

}
