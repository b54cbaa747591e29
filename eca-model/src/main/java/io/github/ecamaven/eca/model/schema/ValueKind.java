package io.github.ecamaven.eca.model.schema;

/** What the text of an element must look like. */
public enum ValueKind {
    STRING,
    BOOLEAN,
    INT,
    ENUM,
    COMPLEX
}
