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

    /**
     * Adds {@code member} to the {@code <types>} block of {@code typeName}, leaving every other type and member where
     * it is: into the existing block (members sorted, as sf writes them), else a new block at its place in the
     * alphabetical order of type names. Nothing changes when the member or {@code *} is listed already.
     *
     * @return whether the manifest changed
     */
    public boolean addMember(String typeName, String member) {
        for (PackageTypeMembers t : types) {
            if (typeName.equals(t.getName())) {
                if (t.getMembers().contains(member) || t.getMembers().contains("*")) {
                    return false;
                }
                t.getMembers().add(member);
                t.getMembers().sort(null);
                return true;
            }
        }
        int at = 0;
        while (at < types.size() && types.get(at).getName() != null
                && types.get(at).getName().compareTo(typeName) < 0) {
            at++;
        }
        types.add(at, new PackageTypeMembers(typeName, new ArrayList<>(List.of(member))));
        return true;
    }

    /**
     * Removes {@code member} from every {@code <types>} block of {@code typeName}; a block left without members goes.
     * Other types and members stay as they are.
     *
     * @return whether the manifest changed
     */
    public boolean removeMember(String typeName, String member) {
        boolean changed = false;
        for (PackageTypeMembers t : types) {
            if (typeName.equals(t.getName())) {
                changed |= t.getMembers().removeIf(member::equals);
            }
        }
        if (changed) {
            types.removeIf(t -> typeName.equals(t.getName()) && t.getMembers().isEmpty());
        }
        return changed;
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
