package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.FieldSpec;
import io.github.ecamaven.eca.model.schema.TypeSpec;
import io.github.ecamaven.eca.model.schema.ValueKind;
import io.github.ecamaven.eca.project.EcaFile;
import org.w3c.dom.Element;

/** Visits every element of a file that the schema knows, with its field spec. */
final class SchemaWalk {

    interface Visitor {
        void visit(Element element, FieldSpec field, TypeSpec parent);
    }

    /** Visits known elements (unknown ones are the unknown-element rule's business). */
    static void walk(EcaFile file, Visitor v) {
        if (!file.readable()) {
            return;
        }
        walk(file.root(), EcaSchema.type(file.root().getLocalName()), v);
    }

    /** Visits complex elements with their type (the root included), for required-element checks. */
    static void walkTypes(Element e, TypeSpec spec, java.util.function.BiConsumer<Element, TypeSpec> v) {
        if (spec == null) {
            return;
        }
        v.accept(e, spec);
        for (Element c : MetadataDocument.childElements(e, null)) {
            FieldSpec f = spec.field(c.getLocalName());
            if (f != null && f.kind() == ValueKind.COMPLEX) {
                walkTypes(c, EcaSchema.type(f.valueType()), v);
            }
        }
    }

    private static void walk(Element parent, TypeSpec spec, Visitor v) {
        if (spec == null) {
            return;
        }
        for (Element c : MetadataDocument.childElements(parent, null)) {
            FieldSpec f = spec.field(c.getLocalName());
            if (f == null) {
                continue;
            }
            v.visit(c, f, spec);
            if (f.kind() == ValueKind.COMPLEX) {
                walk(c, EcaSchema.type(f.valueType()), v);
            }
        }
    }

    private SchemaWalk() {}
}
