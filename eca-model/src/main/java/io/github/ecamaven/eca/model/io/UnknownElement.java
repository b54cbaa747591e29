package io.github.ecamaven.eca.model.io;

/**
 * An element the model does not know (a field newer than the model, or a typo): kept on write, reported on read.
 *
 * @param path slash-separated path below the root, e.g. {@code idTokenConfig/foo}
 * @param name the element name
 * @param parentType the type it appeared in
 * @param position where it starts
 */
public record UnknownElement(String path, String name, String parentType, SourcePosition position) {}
