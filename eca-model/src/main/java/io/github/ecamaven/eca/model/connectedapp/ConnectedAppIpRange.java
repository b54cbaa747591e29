package io.github.ecamaven.eca.model.connectedapp;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ConnectedAppIpRange} (WSDL 66.0, ConnectedApp part); properties in WSDL order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectedAppIpRange", propOrder = {
    "description",
    "end",
    "start"
})
public class ConnectedAppIpRange {

    @XmlElement(name = "description")
    private String description;

    @XmlElement(name = "end", required = true)
    private String end;

    @XmlElement(name = "start", required = true)
    private String start;

    public String getDescription() {
        return description;
    }

    public void setDescription(String value) {
        this.description = value;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String value) {
        this.end = value;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String value) {
        this.start = value;
    }
}
