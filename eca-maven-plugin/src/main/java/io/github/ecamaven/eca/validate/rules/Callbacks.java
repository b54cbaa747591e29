package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.project.EcaFile;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** The callback URLs of a global OAuth settings file, one per line, each with its position. */
final class Callbacks {

    record Url(String text, SourcePosition position) {}

    private Callbacks() {}

    static List<Url> of(EcaFile f) {
        List<Url> out = new ArrayList<>();
        Element e = f.element("callbackUrl");
        if (e == null) {
            return out;
        }
        SourcePosition start = io.github.ecamaven.eca.model.io.MetadataDocument.positionOf(e);
        String[] lines = e.getTextContent().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            if (!t.isEmpty()) {
                out.add(new Url(t, i == 0 ? start : new SourcePosition(start.line() + i, 0)));
            }
        }
        return out;
    }
}
