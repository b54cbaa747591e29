package io.github.ecamaven.eca.model.connectedapp;

import io.github.ecamaven.eca.model.MetadataComponent;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Salesforce metadata type {@code ConnectedApp} (WSDL 66.0); properties in WSDL (= retrieve) order.
 * Enumerated values are kept as strings so that files with values outside the WSDL enums still read; the
 * migration checks them. */
@XmlRootElement(name = "ConnectedApp")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectedApp", propOrder = {
    "attributes",
    "canvas",
    "canvasConfig",
    "contactEmail",
    "contactPhone",
    "description",
    "iconUrl",
    "infoUrl",
    "ipRanges",
    "label",
    "logoUrl",
    "mobileAppConfig",
    "mobileStartUrl",
    "oauthConfig",
    "oauthPolicy",
    "permissionSetName",
    "plugin",
    "pluginExecutionUser",
    "profileName",
    "samlConfig",
    "sessionPolicy",
    "startUrl"
})
public class ConnectedApp extends MetadataComponent {

    @XmlElement(name = "attributes")
    private List<ConnectedAppAttribute> attributes = new ArrayList<>();

    @XmlElement(name = "canvas")
    private CanvasMetadata canvas;

    @XmlElement(name = "canvasConfig")
    private ConnectedAppCanvasConfig canvasConfig;

    @XmlElement(name = "contactEmail", required = true)
    private String contactEmail;

    @XmlElement(name = "contactPhone")
    private String contactPhone;

    @XmlElement(name = "description")
    private String description;

    @XmlElement(name = "iconUrl")
    private String iconUrl;

    @XmlElement(name = "infoUrl")
    private String infoUrl;

    @XmlElement(name = "ipRanges")
    private List<ConnectedAppIpRange> ipRanges = new ArrayList<>();

    @XmlElement(name = "label", required = true)
    private String label;

    @XmlElement(name = "logoUrl")
    private String logoUrl;

    @XmlElement(name = "mobileAppConfig")
    private ConnectedAppMobileDetailConfig mobileAppConfig;

    @XmlElement(name = "mobileStartUrl")
    private String mobileStartUrl;

    @XmlElement(name = "oauthConfig")
    private ConnectedAppOauthConfig oauthConfig;

    @XmlElement(name = "oauthPolicy")
    private ConnectedAppOauthPolicy oauthPolicy;

    @XmlElement(name = "permissionSetName")
    private List<String> permissionSetName = new ArrayList<>();

    @XmlElement(name = "plugin")
    private String plugin;

    @XmlElement(name = "pluginExecutionUser")
    private String pluginExecutionUser;

    @XmlElement(name = "profileName")
    private List<String> profileName = new ArrayList<>();

    @XmlElement(name = "samlConfig")
    private ConnectedAppSamlConfig samlConfig;

    @XmlElement(name = "sessionPolicy")
    private ConnectedAppSessionPolicy sessionPolicy;

    @XmlElement(name = "startUrl")
    private String startUrl;

    /** The live list; never null. */
    public List<ConnectedAppAttribute> getAttributes() {
        return attributes;
    }

    public CanvasMetadata getCanvas() {
        return canvas;
    }

    public void setCanvas(CanvasMetadata value) {
        this.canvas = value;
    }

    public ConnectedAppCanvasConfig getCanvasConfig() {
        return canvasConfig;
    }

    public void setCanvasConfig(ConnectedAppCanvasConfig value) {
        this.canvasConfig = value;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String value) {
        this.contactEmail = value;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String value) {
        this.contactPhone = value;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String value) {
        this.description = value;
    }

    public String getIconUrl() {
        return iconUrl;
    }

    public void setIconUrl(String value) {
        this.iconUrl = value;
    }

    public String getInfoUrl() {
        return infoUrl;
    }

    public void setInfoUrl(String value) {
        this.infoUrl = value;
    }

    /** The live list; never null. */
    public List<ConnectedAppIpRange> getIpRanges() {
        return ipRanges;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String value) {
        this.label = value;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String value) {
        this.logoUrl = value;
    }

    public ConnectedAppMobileDetailConfig getMobileAppConfig() {
        return mobileAppConfig;
    }

    public void setMobileAppConfig(ConnectedAppMobileDetailConfig value) {
        this.mobileAppConfig = value;
    }

    public String getMobileStartUrl() {
        return mobileStartUrl;
    }

    public void setMobileStartUrl(String value) {
        this.mobileStartUrl = value;
    }

    public ConnectedAppOauthConfig getOauthConfig() {
        return oauthConfig;
    }

    public void setOauthConfig(ConnectedAppOauthConfig value) {
        this.oauthConfig = value;
    }

    public ConnectedAppOauthPolicy getOauthPolicy() {
        return oauthPolicy;
    }

    public void setOauthPolicy(ConnectedAppOauthPolicy value) {
        this.oauthPolicy = value;
    }

    /** The live list; never null. */
    public List<String> getPermissionSetName() {
        return permissionSetName;
    }

    public String getPlugin() {
        return plugin;
    }

    public void setPlugin(String value) {
        this.plugin = value;
    }

    public String getPluginExecutionUser() {
        return pluginExecutionUser;
    }

    public void setPluginExecutionUser(String value) {
        this.pluginExecutionUser = value;
    }

    /** The live list; never null. */
    public List<String> getProfileName() {
        return profileName;
    }

    public ConnectedAppSamlConfig getSamlConfig() {
        return samlConfig;
    }

    public void setSamlConfig(ConnectedAppSamlConfig value) {
        this.samlConfig = value;
    }

    public ConnectedAppSessionPolicy getSessionPolicy() {
        return sessionPolicy;
    }

    public void setSessionPolicy(ConnectedAppSessionPolicy value) {
        this.sessionPolicy = value;
    }

    public String getStartUrl() {
        return startUrl;
    }

    public void setStartUrl(String value) {
        this.startUrl = value;
    }
}
