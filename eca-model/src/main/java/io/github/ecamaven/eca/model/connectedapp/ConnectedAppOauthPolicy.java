package io.github.ecamaven.eca.model.connectedapp;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ConnectedAppOauthPolicy} (WSDL 66.0, ConnectedApp part); properties in WSDL order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectedAppOauthPolicy", propOrder = {
    "ipRelaxation",
    "isTokenExchangeFlowEnabled",
    "refreshTokenPolicy",
    "singleLogoutUrl"
})
public class ConnectedAppOauthPolicy {

    @XmlElement(name = "ipRelaxation", required = true)
    private String ipRelaxation;

    @XmlElement(name = "isTokenExchangeFlowEnabled")
    private Boolean isTokenExchangeFlowEnabled;

    @XmlElement(name = "refreshTokenPolicy", required = true)
    private String refreshTokenPolicy;

    @XmlElement(name = "singleLogoutUrl")
    private String singleLogoutUrl;

    public String getIpRelaxation() {
        return ipRelaxation;
    }

    public void setIpRelaxation(String value) {
        this.ipRelaxation = value;
    }

    public Boolean getIsTokenExchangeFlowEnabled() {
        return isTokenExchangeFlowEnabled;
    }

    public void setIsTokenExchangeFlowEnabled(Boolean value) {
        this.isTokenExchangeFlowEnabled = value;
    }

    public String getRefreshTokenPolicy() {
        return refreshTokenPolicy;
    }

    public void setRefreshTokenPolicy(String value) {
        this.refreshTokenPolicy = value;
    }

    public String getSingleLogoutUrl() {
        return singleLogoutUrl;
    }

    public void setSingleLogoutUrl(String value) {
        this.singleLogoutUrl = value;
    }
}
