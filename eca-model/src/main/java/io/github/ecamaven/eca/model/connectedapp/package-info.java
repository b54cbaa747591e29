/**
 * JAXB classes for the Salesforce {@code ConnectedApp} metadata type (the input of {@code eca:migrate}), in the
 * Metadata API namespace. Maven-free.
 */
@XmlSchema(namespace = "http://soap.sforce.com/2006/04/metadata", elementFormDefault = XmlNsForm.QUALIFIED)
package io.github.ecamaven.eca.model.connectedapp;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
