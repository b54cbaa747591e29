package io.github.ecamaven.eca.model.connectedapp;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Salesforce metadata type {@code ConnectedAppAttribute} (WSDL 66.0, ConnectedApp part); properties in WSDL order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectedAppAttribute", propOrder = {
    "formula",
    "key"
})
public class ConnectedAppAttribute {

    @XmlElement(name = "formula", required = true)
    private String formula;

    @XmlElement(name = "key", required = true)
    private String key;

    public String getFormula() {
        return formula;
    }

    public void setFormula(String value) {
        this.formula = value;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String value) {
        this.key = value;
    }
}
