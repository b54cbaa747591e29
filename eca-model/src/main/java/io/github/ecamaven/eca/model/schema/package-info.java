/** Schema facts of the ECA types: order, kind, required and repeated read from the JAXB classes, the since table, enum values, the metadata type registry. Maven-free. */
package io.github.ecamaven.eca.model.schema;
