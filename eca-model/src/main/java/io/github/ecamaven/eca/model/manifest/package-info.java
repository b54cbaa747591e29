/** JAXB classes for package.xml manifests. Maven-free. */
@XmlSchema(namespace = "http://soap.sforce.com/2006/04/metadata", elementFormDefault = XmlNsForm.QUALIFIED)
package io.github.ecamaven.eca.model.manifest;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
