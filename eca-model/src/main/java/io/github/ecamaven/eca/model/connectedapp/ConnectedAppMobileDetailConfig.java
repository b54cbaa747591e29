package io.github.ecamaven.eca.model.connectedapp;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ConnectedAppMobileDetailConfig} (WSDL 66.0, ConnectedApp part); properties in WSDL order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectedAppMobileDetailConfig", propOrder = {
    "applicationBinaryFile",
    "applicationBinaryFileName",
    "applicationBundleIdentifier",
    "applicationFileLength",
    "applicationIconFile",
    "applicationIconFileName",
    "applicationInstallUrl",
    "devicePlatform",
    "deviceType",
    "minimumOsVersion",
    "privateApp",
    "version"
})
public class ConnectedAppMobileDetailConfig {

    @XmlElement(name = "applicationBinaryFile")
    private String applicationBinaryFile;

    @XmlElement(name = "applicationBinaryFileName")
    private String applicationBinaryFileName;

    @XmlElement(name = "applicationBundleIdentifier")
    private String applicationBundleIdentifier;

    @XmlElement(name = "applicationFileLength")
    private Integer applicationFileLength;

    @XmlElement(name = "applicationIconFile")
    private String applicationIconFile;

    @XmlElement(name = "applicationIconFileName")
    private String applicationIconFileName;

    @XmlElement(name = "applicationInstallUrl")
    private String applicationInstallUrl;

    @XmlElement(name = "devicePlatform", required = true)
    private String devicePlatform;

    @XmlElement(name = "deviceType")
    private String deviceType;

    @XmlElement(name = "minimumOsVersion")
    private String minimumOsVersion;

    @XmlElement(name = "privateApp")
    private Boolean privateApp;

    @XmlElement(name = "version", required = true)
    private String version;

    public String getApplicationBinaryFile() {
        return applicationBinaryFile;
    }

    public void setApplicationBinaryFile(String value) {
        this.applicationBinaryFile = value;
    }

    public String getApplicationBinaryFileName() {
        return applicationBinaryFileName;
    }

    public void setApplicationBinaryFileName(String value) {
        this.applicationBinaryFileName = value;
    }

    public String getApplicationBundleIdentifier() {
        return applicationBundleIdentifier;
    }

    public void setApplicationBundleIdentifier(String value) {
        this.applicationBundleIdentifier = value;
    }

    public Integer getApplicationFileLength() {
        return applicationFileLength;
    }

    public void setApplicationFileLength(Integer value) {
        this.applicationFileLength = value;
    }

    public String getApplicationIconFile() {
        return applicationIconFile;
    }

    public void setApplicationIconFile(String value) {
        this.applicationIconFile = value;
    }

    public String getApplicationIconFileName() {
        return applicationIconFileName;
    }

    public void setApplicationIconFileName(String value) {
        this.applicationIconFileName = value;
    }

    public String getApplicationInstallUrl() {
        return applicationInstallUrl;
    }

    public void setApplicationInstallUrl(String value) {
        this.applicationInstallUrl = value;
    }

    public String getDevicePlatform() {
        return devicePlatform;
    }

    public void setDevicePlatform(String value) {
        this.devicePlatform = value;
    }

    public String getDeviceType() {
        return deviceType;
    }

    public void setDeviceType(String value) {
        this.deviceType = value;
    }

    public String getMinimumOsVersion() {
        return minimumOsVersion;
    }

    public void setMinimumOsVersion(String value) {
        this.minimumOsVersion = value;
    }

    public Boolean getPrivateApp() {
        return privateApp;
    }

    public void setPrivateApp(Boolean value) {
        this.privateApp = value;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String value) {
        this.version = value;
    }
}
