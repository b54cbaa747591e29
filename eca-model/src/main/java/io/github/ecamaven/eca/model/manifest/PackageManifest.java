package io.github.ecamaven.eca.model.manifest;

import io.github.ecamaven.eca.model.MetadataComponent;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * A package.xml manifest ({@code <Package>}): the {@code <types>} blocks and the API {@code <version>}. Other
 * elements of the WSDL {@code Package} type are kept verbatim by the document reader.
 */
@XmlRootElement(name = "Package")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Package", propOrder = {"types", "version"})
public class PackageManifest extends MetadataComponent {

    @XmlElement(name = "types")
    private List<PackageTypeMembers> types = new ArrayList<>();

    @XmlElement(name = "version")
    private String version;

    public List<PackageTypeMembers> getTypes() {
        return types;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String value) {
        this.version = value;
    }

    /** The members listed for {@code typeName}; empty when the type is absent. */
    public List<String> membersOf(String typeName) {
        List<String> out = new ArrayList<>();
        for (PackageTypeMembers t : types) {
            if (typeName.equals(t.getName())) {
                out.addAll(t.getMembers());
            }
        }
        return out;
    }
}
