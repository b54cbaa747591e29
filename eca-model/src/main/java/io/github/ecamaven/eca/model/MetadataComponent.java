package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The WSDL base type {@code Metadata}: every file-level type inherits {@code fullName}. Source-format files leave it
 * out (the file name carries it), so it stays {@code null} unless a file states it.
 */
@XmlType(name = "Metadata", propOrder = {"fullName", "module"})
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class MetadataComponent {

    /** Namespace of every Metadata API document. */
    public static final String NAMESPACE = "http://soap.sforce.com/2006/04/metadata";

    @XmlElement(name = "fullName")
    private String fullName;

    @XmlElement(name = "module")
    private String module;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String value) {
        this.fullName = value;
    }

    /** WSDL 66.0 {@code Metadata.module}; not used in source-format files. */
    public String getModule() {
        return module;
    }

    public void setModule(String value) {
        this.module = value;
    }
}
