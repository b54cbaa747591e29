package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ExtlClntAppConfigurablePolicies}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppConfigurablePolicies")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppConfigurablePolicies", propOrder = {
    "externalClientApplication",
    "isAttestPluginEnabled",
    "isCanvasPluginEnabled",
    "isEnabled",
    "isMobilePluginEnabled",
    "isNotificationPluginEnabled",
    "isOauthPluginEnabled",
    "isPushPluginEnabled",
    "isSamlPluginEnabled",
    "label",
    "startPage",
    "startUrl"
})
public class ExtlClntAppConfigurablePolicies extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "isAttestPluginEnabled")
    private Boolean isAttestPluginEnabled;

    @XmlElement(name = "isCanvasPluginEnabled")
    private Boolean isCanvasPluginEnabled;

    @XmlElement(name = "isEnabled", required = true)
    private Boolean isEnabled;

    @XmlElement(name = "isMobilePluginEnabled")
    private Boolean isMobilePluginEnabled;

    @XmlElement(name = "isNotificationPluginEnabled")
    private Boolean isNotificationPluginEnabled;

    @XmlElement(name = "isOauthPluginEnabled")
    private Boolean isOauthPluginEnabled;

    @XmlElement(name = "isPushPluginEnabled")
    private Boolean isPushPluginEnabled;

    @XmlElement(name = "isSamlPluginEnabled")
    private Boolean isSamlPluginEnabled;

    @XmlElement(name = "label")
    private String label;

    @XmlElement(name = "startPage")
    private ExtlClntAppStartPage startPage;

    @XmlElement(name = "startUrl")
    private String startUrl;

    @Override
    public String getExternalClientApplication() {
        return externalClientApplication;
    }

    @Override
    public void setExternalClientApplication(String value) {
        this.externalClientApplication = value;
    }

    public Boolean getIsAttestPluginEnabled() {
        return isAttestPluginEnabled;
    }

    public void setIsAttestPluginEnabled(Boolean value) {
        this.isAttestPluginEnabled = value;
    }

    public Boolean getIsCanvasPluginEnabled() {
        return isCanvasPluginEnabled;
    }

    public void setIsCanvasPluginEnabled(Boolean value) {
        this.isCanvasPluginEnabled = value;
    }

    public Boolean getIsEnabled() {
        return isEnabled;
    }

    public void setIsEnabled(Boolean value) {
        this.isEnabled = value;
    }

    public Boolean getIsMobilePluginEnabled() {
        return isMobilePluginEnabled;
    }

    public void setIsMobilePluginEnabled(Boolean value) {
        this.isMobilePluginEnabled = value;
    }

    public Boolean getIsNotificationPluginEnabled() {
        return isNotificationPluginEnabled;
    }

    public void setIsNotificationPluginEnabled(Boolean value) {
        this.isNotificationPluginEnabled = value;
    }

    public Boolean getIsOauthPluginEnabled() {
        return isOauthPluginEnabled;
    }

    public void setIsOauthPluginEnabled(Boolean value) {
        this.isOauthPluginEnabled = value;
    }

    public Boolean getIsPushPluginEnabled() {
        return isPushPluginEnabled;
    }

    public void setIsPushPluginEnabled(Boolean value) {
        this.isPushPluginEnabled = value;
    }

    public Boolean getIsSamlPluginEnabled() {
        return isSamlPluginEnabled;
    }

    public void setIsSamlPluginEnabled(Boolean value) {
        this.isSamlPluginEnabled = value;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public void setLabel(String value) {
        this.label = value;
    }

    public ExtlClntAppStartPage getStartPage() {
        return startPage;
    }

    public void setStartPage(ExtlClntAppStartPage value) {
        this.startPage = value;
    }

    public String getStartUrl() {
        return startUrl;
    }

    public void setStartUrl(String value) {
        this.startUrl = value;
    }

}
