package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ExternalClientAppSettings}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExternalClientAppSettings")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExternalClientAppSettings", propOrder = {
    "enableClientSecretInRestApiAccess",
    "enableConsumerSecretApiAccess",
    "enablePackageEcaOauthFromDevOrg"
})
public class ExternalClientAppSettings extends MetadataComponent {

    @XmlElement(name = "enableClientSecretInRestApiAccess")
    private Boolean enableClientSecretInRestApiAccess;

    @XmlElement(name = "enableConsumerSecretApiAccess")
    private Boolean enableConsumerSecretApiAccess;

    @XmlElement(name = "enablePackageEcaOauthFromDevOrg")
    private Boolean enablePackageEcaOauthFromDevOrg;

    public Boolean getEnableClientSecretInRestApiAccess() {
        return enableClientSecretInRestApiAccess;
    }

    public void setEnableClientSecretInRestApiAccess(Boolean value) {
        this.enableClientSecretInRestApiAccess = value;
    }

    public Boolean getEnableConsumerSecretApiAccess() {
        return enableConsumerSecretApiAccess;
    }

    public void setEnableConsumerSecretApiAccess(Boolean value) {
        this.enableConsumerSecretApiAccess = value;
    }

    public Boolean getEnablePackageEcaOauthFromDevOrg() {
        return enablePackageEcaOauthFromDevOrg;
    }

    public void setEnablePackageEcaOauthFromDevOrg(Boolean value) {
        this.enablePackageEcaOauthFromDevOrg = value;
    }

}
