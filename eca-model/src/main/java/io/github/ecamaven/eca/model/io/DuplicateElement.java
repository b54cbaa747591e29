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
 * @param simple whether the element holds a value rather than nested elements
 */
public record DuplicateElement(String path, String name, String parentType, List<SourcePosition> positions,
        List<String> values, boolean simple) {

    public DuplicateElement {
        positions = List.copyOf(positions);
        values = List.copyOf(values);
    }

    /**
     * The problem in words, with where the second copy starts and without any value (values may be secrets), e.g.
     * {@code App.eca-meta.xml:5: <distributionState> is written 2 times (lines 4, 5) but takes one value}.
     */
    public String summary(java.nio.file.Path file) {
        StringBuilder lines = new StringBuilder();
        for (SourcePosition p : positions) {
            lines.append(lines.length() == 0 ? "" : ", ").append(p.line());
        }
        return file + ":" + positions.get(1).line() + ": <" + path + "> is written " + positions.size() + " times (lines "
                + lines + ") but takes one value";
    }

    /** Whether the occurrences disagree, so that the value in effect depends on which one is kept. */
    public boolean conflicting() {
        return values.stream().distinct().count() > 1;
    }
}
