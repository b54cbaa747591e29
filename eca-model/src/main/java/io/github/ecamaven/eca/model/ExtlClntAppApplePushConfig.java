package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce nested type {@code ExtlClntAppApplePushConfig}; properties in WSDL (= retrieve) order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppApplePushConfig", propOrder = {
    "applicationBundle",
    "certificate",
    "environment",
    "keyIdentifier",
    "password",
    "signingKey",
    "teamIdentifier"
})
public class ExtlClntAppApplePushConfig {

    @XmlElement(name = "applicationBundle")
    private String applicationBundle;

    @XmlElement(name = "certificate")
    private String certificate;

    @XmlElement(name = "environment", required = true)
    private ApplePushEnvironmentType environment;

    @XmlElement(name = "keyIdentifier")
    private String keyIdentifier;

    @XmlElement(name = "password")
    private String password;

    @XmlElement(name = "signingKey")
    private String signingKey;

    @XmlElement(name = "teamIdentifier")
    private String teamIdentifier;

    public String getApplicationBundle() {
        return applicationBundle;
    }

    public void setApplicationBundle(String value) {
        this.applicationBundle = value;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String value) {
        this.certificate = value;
    }

    public ApplePushEnvironmentType getEnvironment() {
        return environment;
    }

    public void setEnvironment(ApplePushEnvironmentType value) {
        this.environment = value;
    }

    public String getKeyIdentifier() {
        return keyIdentifier;
    }

    public void setKeyIdentifier(String value) {
        this.keyIdentifier = value;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String value) {
        this.password = value;
    }

    public String getSigningKey() {
        return signingKey;
    }

    public void setSigningKey(String value) {
        this.signingKey = value;
    }

    public String getTeamIdentifier() {
        return teamIdentifier;
    }

    public void setTeamIdentifier(String value) {
        this.teamIdentifier = value;
    }

}
