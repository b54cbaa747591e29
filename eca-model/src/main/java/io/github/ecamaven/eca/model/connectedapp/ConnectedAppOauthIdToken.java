package io.github.ecamaven.eca.model.connectedapp;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ConnectedAppOauthIdToken} (WSDL 66.0, ConnectedApp part); properties in WSDL order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectedAppOauthIdToken", propOrder = {
    "idTokenAudience",
    "idTokenIncludeAttributes",
    "idTokenIncludeCustomPerms",
    "idTokenIncludeStandardClaims",
    "idTokenValidity"
})
public class ConnectedAppOauthIdToken {

    @XmlElement(name = "idTokenAudience")
    private String idTokenAudience;

    @XmlElement(name = "idTokenIncludeAttributes")
    private Boolean idTokenIncludeAttributes;

    @XmlElement(name = "idTokenIncludeCustomPerms")
    private Boolean idTokenIncludeCustomPerms;

    @XmlElement(name = "idTokenIncludeStandardClaims")
    private Boolean idTokenIncludeStandardClaims;

    @XmlElement(name = "idTokenValidity")
    private Integer idTokenValidity;

    public String getIdTokenAudience() {
        return idTokenAudience;
    }

    public void setIdTokenAudience(String value) {
        this.idTokenAudience = value;
    }

    public Boolean getIdTokenIncludeAttributes() {
        return idTokenIncludeAttributes;
    }

    public void setIdTokenIncludeAttributes(Boolean value) {
        this.idTokenIncludeAttributes = value;
    }

    public Boolean getIdTokenIncludeCustomPerms() {
        return idTokenIncludeCustomPerms;
    }

    public void setIdTokenIncludeCustomPerms(Boolean value) {
        this.idTokenIncludeCustomPerms = value;
    }

    public Boolean getIdTokenIncludeStandardClaims() {
        return idTokenIncludeStandardClaims;
    }

    public void setIdTokenIncludeStandardClaims(Boolean value) {
        this.idTokenIncludeStandardClaims = value;
    }

    public Integer getIdTokenValidity() {
        return idTokenValidity;
    }

    public void setIdTokenValidity(Integer value) {
        this.idTokenValidity = value;
    }
}
