package io.github.ecamaven.eca.model.io;

import java.util.List;

/**
 * A single-valued element written more than once under the same parent. The model can hold one value and keeps the
 * last; the reader reports every occurrence so that nothing is dropped unseen.
 *
 * @param path slash-separated path below the root, e.g. {@code distributionState} or {@code oauthConfig/pkceRequired}
 * @param name the element name
 * @param parentType the type it appeared in
 * @param positions where each occurrence starts, in file order
 * @param values the trimmed text of each occurrence, in file order (the markup of complex elements)
 */
public record DuplicateElement(String path, String name, String parentType, List<SourcePosition> positions,
        List<String> values) {

    public DuplicateElement {
        positions = List.copyOf(positions);
        values = List.copyOf(values);
    }

    /** Whether the occurrences disagree, so that the value in effect depends on which one is kept. */
    public boolean conflicting() {
        return values.stream().distinct().count() > 1;
    }
}
