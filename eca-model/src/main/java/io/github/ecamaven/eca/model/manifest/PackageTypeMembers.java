package io.github.ecamaven.eca.model.manifest;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One {@code <types>} block of a package.xml: members of one metadata type. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PackageTypeMembers", propOrder = {"members", "name"})
public class PackageTypeMembers {

    @XmlElement(name = "members")
    private List<String> members = new ArrayList<>();

    @XmlElement(name = "name", required = true)
    private String name;

    public PackageTypeMembers() {}

    public PackageTypeMembers(String name, List<String> members) {
        this.name = name;
        this.members.addAll(members);
    }

    public List<String> getMembers() {
        return members;
    }

    public String getName() {
        return name;
    }

    public void setName(String value) {
        this.name = value;
    }
}
