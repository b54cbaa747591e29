package io.github.ecamaven.eca.model.connectedapp;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ConnectedAppSessionPolicy} (WSDL 66.0, ConnectedApp part); properties in WSDL order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectedAppSessionPolicy", propOrder = {
    "policyAction",
    "sessionLevel",
    "sessionTimeout"
})
public class ConnectedAppSessionPolicy {

    @XmlElement(name = "policyAction")
    private String policyAction;

    @XmlElement(name = "sessionLevel")
    private String sessionLevel;

    @XmlElement(name = "sessionTimeout")
    private Integer sessionTimeout;

    public String getPolicyAction() {
        return policyAction;
    }

    public void setPolicyAction(String value) {
        this.policyAction = value;
    }

    public String getSessionLevel() {
        return sessionLevel;
    }

    public void setSessionLevel(String value) {
        this.sessionLevel = value;
    }

    public Integer getSessionTimeout() {
        return sessionTimeout;
    }

    public void setSessionTimeout(Integer value) {
        this.sessionTimeout = value;
    }
}
