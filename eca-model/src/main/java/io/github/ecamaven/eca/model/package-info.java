/**
 * JAXB classes for the Salesforce External Client App metadata types, in the Metadata API namespace.
 * Maven-free.
 */
@XmlSchema(namespace = "http://soap.sforce.com/2006/04/metadata", elementFormDefault = XmlNsForm.QUALIFIED)
package io.github.ecamaven.eca.model;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
