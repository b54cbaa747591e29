package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Salesforce metadata type {@code ExtlClntAppOauthSecuritySettings}; properties in WSDL (= retrieve) order. */
@XmlRootElement(name = "ExtlClntAppOauthSecuritySettings")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppOauthSecuritySettings", propOrder = {
    "externalClientApplication",
    "label",
    "tlsClientAuthCertParamType",
    "tlsClientAuthCertParamValue",
    "tokenIpRanges"
})
public class ExtlClntAppOauthSecuritySettings extends MetadataComponent implements SatelliteComponent {

    @XmlElement(name = "externalClientApplication", required = true)
    private String externalClientApplication;

    @XmlElement(name = "label")
    private String label;

    @XmlElement(name = "tlsClientAuthCertParamType")
    private TlsClientAuthCertParamType tlsClientAuthCertParamType;

    @XmlElement(name = "tlsClientAuthCertParamValue")
    private String tlsClientAuthCertParamValue;

    @XmlElement(name = "tokenIpRanges")
    private List<ExtlClntAppOauthSecurityTokenIpRange> tokenIpRanges = new ArrayList<>();

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

    public TlsClientAuthCertParamType getTlsClientAuthCertParamType() {
        return tlsClientAuthCertParamType;
    }

    public void setTlsClientAuthCertParamType(TlsClientAuthCertParamType value) {
        this.tlsClientAuthCertParamType = value;
    }

    public String getTlsClientAuthCertParamValue() {
        return tlsClientAuthCertParamValue;
    }

    public void setTlsClientAuthCertParamValue(String value) {
        this.tlsClientAuthCertParamValue = value;
    }

    /** Live list of {@code <tokenIpRanges>} elements. */
    public List<ExtlClntAppOauthSecurityTokenIpRange> getTokenIpRanges() {
        return tokenIpRanges;
    }

}
