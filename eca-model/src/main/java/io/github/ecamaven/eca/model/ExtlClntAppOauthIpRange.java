package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce nested type {@code ExtlClntAppOauthIpRange}; properties in WSDL (= retrieve) order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExtlClntAppOauthIpRange", propOrder = {
    "description",
    "endIpAddress",
    "startIpAddress"
})
public class ExtlClntAppOauthIpRange {

    @XmlElement(name = "description")
    private String description;

    @XmlElement(name = "endIpAddress", required = true)
    private String endIpAddress;

    @XmlElement(name = "startIpAddress", required = true)
    private String startIpAddress;

    public String getDescription() {
        return description;
    }

    public void setDescription(String value) {
        this.description = value;
    }

    public String getEndIpAddress() {
        return endIpAddress;
    }

    public void setEndIpAddress(String value) {
        this.endIpAddress = value;
    }

    public String getStartIpAddress() {
        return startIpAddress;
    }

    public void setStartIpAddress(String value) {
        this.startIpAddress = value;
    }

}
