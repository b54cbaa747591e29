package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce nested type {@code ExternalAppIdTokenConfig}; properties in WSDL (= retrieve) order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExternalAppIdTokenConfig", propOrder = {
    "idTokenAudience",
    "idTokenIncludeAttributes",
    "idTokenIncludeCustomPermissions",
    "idTokenIncludeStandardClaims",
    "idTokenValidityInMinutes"
})
public class ExternalAppIdTokenConfig {

    @XmlElement(name = "idTokenAudience")
    private String idTokenAudience;

    @XmlElement(name = "idTokenIncludeAttributes")
    private Boolean idTokenIncludeAttributes;

    @XmlElement(name = "idTokenIncludeCustomPermissions")
    private Boolean idTokenIncludeCustomPermissions;

    @XmlElement(name = "idTokenIncludeStandardClaims")
    private Boolean idTokenIncludeStandardClaims;

    @XmlElement(name = "idTokenValidityInMinutes")
    private Integer idTokenValidityInMinutes;

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

    public Boolean getIdTokenIncludeCustomPermissions() {
        return idTokenIncludeCustomPermissions;
    }

    public void setIdTokenIncludeCustomPermissions(Boolean value) {
        this.idTokenIncludeCustomPermissions = value;
    }

    public Boolean getIdTokenIncludeStandardClaims() {
        return idTokenIncludeStandardClaims;
    }

    public void setIdTokenIncludeStandardClaims(Boolean value) {
        this.idTokenIncludeStandardClaims = value;
    }

    public Integer getIdTokenValidityInMinutes() {
        return idTokenValidityInMinutes;
    }

    public void setIdTokenValidityInMinutes(Integer value) {
        this.idTokenValidityInMinutes = value;
    }

}
