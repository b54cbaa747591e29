package io.github.ecamaven.eca.model.io;

import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.FieldSpec;
import io.github.ecamaven.eca.model.schema.TypeSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A metadata file as read: the typed model, plus the DOM it came from (comments, unknown elements, values the model
 * cannot hold, and the position of every element). Writing merges the model back into that DOM: fields the model
 * did not change keep their original nodes byte for byte; changed fields are replaced in WSDL order; everything the
 * model does not know stays where it was. Nothing is lost in a rewrite.
 *
 * @param <T> the model type
 */
public final class MetadataDocument<T extends MetadataComponent> {

    private final Path file;
    private final Document dom;
    private final Class<? extends MetadataComponent> type;
    private final byte[] original;
    // bound on first use: the validator reads only the DOM and never pays for JAXB (see BENCHMARKS.md)
    private T model;
    private Map<String, String> baseline;

    MetadataDocument(Path file, Document dom, T model) {
        this(file, dom, model, null);
    }

    /** @param original the bytes {@code dom} was parsed from, written back unchanged while the model is */
    MetadataDocument(Path file, Document dom, T model, byte[] original) {
        this.file = file;
        this.dom = dom != null ? dom : emptyDocument(model);
        this.type = model.getClass();
        this.model = model;
        this.baseline = dom != null ? fieldTexts(MetadataXml.marshal(model)) : Map.of();
        this.original = dom != null && original != null ? original.clone() : null;
    }

    /** A document read from {@code dom} whose model of class {@code type} is bound on first use. */
    MetadataDocument(Path file, Document dom, Class<? extends MetadataComponent> type, byte[] original) {
        this.file = file;
        this.dom = dom;
        this.type = type;
        this.original = original != null ? original.clone() : null;
    }

    /** Binds the model now (once); {@link MetadataXml#read} calls it so that binding errors surface there. */
    synchronized void bind() throws EcaXmlException {
        if (model == null) {
            @SuppressWarnings("unchecked")
            T bound = (T) MetadataXml.unmarshal(file, dom.getDocumentElement(), type);
            baseline = fieldTexts(MetadataXml.marshal(bound));
            model = bound;
        }
    }

    private static Document emptyDocument(MetadataComponent model) {
        Document d = SecureXmlParser.newDocument();
        Element root = d.createElementNS(MetadataComponent.NAMESPACE, MetadataXml.rootName(model.getClass()));
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", MetadataComponent.NAMESPACE);
        d.appendChild(root);
        return d;
    }

    /** The file it was read from; null for a new document. */
    public Path file() {
        return file;
    }

    /** The typed content; change it and call {@link #toXml()} to get the merged file. */
    public T model() {
        try {
            bind();
        } catch (EcaXmlException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return model;
    }

    /** The DOM as read (read-only use: positions, raw values, unknown elements). */
    public Document dom() {
        return dom;
    }

    public Element root() {
        return dom.getDocumentElement();
    }

    public String rootName() {
        return root().getLocalName();
    }

    public SourcePosition rootPosition() {
        SourcePosition p = SecureXmlParser.positionOf(root());
        return p != null ? p : SourcePosition.FILE;
    }

    /** Where an element or comment of this document starts; {@link SourcePosition#FILE} when unknown. */
    public static SourcePosition positionOf(Node node) {
        SourcePosition p = SecureXmlParser.positionOf(node);
        return p != null ? p : SourcePosition.FILE;
    }

    /** The direct children of the root named {@code name}. */
    public List<Element> elements(String name) {
        return childElements(root(), name);
    }

    /** The first direct child of the root named {@code name}, or null. */
    public Element element(String name) {
        List<Element> l = elements(name);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The raw text of the first root child named {@code name}, or null when absent. */
    public String text(String name) {
        Element e = element(name);
        return e == null ? null : e.getTextContent();
    }

    /** Child elements of {@code parent} named {@code name}, or all when {@code name} is null. */
    public static List<Element> childElements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && (name == null || name.equals(n.getLocalName()))) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /**
     * Elements the model does not know, at any depth below known complex elements, with their paths such as
     * {@code isDPopEnabledX} or {@code idTokenConfig/foo}. The reader reports them; writing keeps them.
     */
    public List<UnknownElement> unknownElements() {
        List<UnknownElement> out = new ArrayList<>();
        collectUnknown(root(), EcaSchema.type(rootName()), "", out);
        return out;
    }

    private static void collectUnknown(Element parent, TypeSpec spec, String prefix, List<UnknownElement> out) {
        if (spec == null) {
            return;
        }
        for (Element e : childElements(parent, null)) {
            FieldSpec f = spec.field(e.getLocalName());
            String path = prefix + e.getLocalName();
            if (f == null) {
                out.add(new UnknownElement(path, e.getLocalName(), spec.name(), positionOf(e)));
            } else if (f.kind() == io.github.ecamaven.eca.model.schema.ValueKind.COMPLEX) {
                collectUnknown(e, EcaSchema.type(f.valueType()), path + "/", out);
            }
        }
    }

    /**
     * Single-valued elements (per the schema) that occur more than once under one parent, at any depth below known
     * complex elements. The model keeps only the last of them; callers report them instead of trusting it.
     */
    public List<DuplicateElement> duplicates() {
        List<DuplicateElement> out = new ArrayList<>();
        TypeSpec spec = EcaSchema.type(rootName());
        if (spec != null) {
            collectDuplicates(root(), spec, "", out);
        } else {
            // Connected Apps and package.xml have no schema table: the bound model says what is single-valued
            collectDuplicates(root(), type, "", out);
        }
        return out;
    }

    private static void collectDuplicates(Element parent, Class<?> type, String prefix, List<DuplicateElement> out) {
        Map<String, java.lang.reflect.Field> fields = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                jakarta.xml.bind.annotation.XmlElement x = f.getAnnotation(jakarta.xml.bind.annotation.XmlElement.class);
                if (x != null) {
                    fields.putIfAbsent("##default".equals(x.name()) ? f.getName() : x.name(), f);
                }
            }
        }
        Map<String, List<Element>> byName = new LinkedHashMap<>();
        for (Element e : childElements(parent, null)) {
            java.lang.reflect.Field f = fields.get(e.getLocalName());
            if (f == null) {
                continue;
            }
            byName.computeIfAbsent(e.getLocalName(), k -> new ArrayList<>()).add(e);
            Class<?> nested = boundType(f);
            if (nested != null) {
                collectDuplicates(e, nested, prefix + e.getLocalName() + "/", out);
            }
        }
        for (Map.Entry<String, List<Element>> g : byName.entrySet()) {
            java.lang.reflect.Field f = fields.get(g.getKey());
            if (java.util.Collection.class.isAssignableFrom(f.getType()) || g.getValue().size() < 2) {
                continue;
            }
            boolean simple = boundType(f) == null;
            out.add(duplicate(prefix, g.getKey(), type.getSimpleName(), g.getValue(), simple));
        }
    }

    /** The bound class of a field's elements when they have children (a JAXB type), else null. */
    private static Class<?> boundType(java.lang.reflect.Field f) {
        Class<?> t = f.getType();
        if (java.util.Collection.class.isAssignableFrom(t)
                && f.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            t = c;
        }
        return !t.isEnum() && t.isAnnotationPresent(jakarta.xml.bind.annotation.XmlType.class) ? t : null;
    }

    private static DuplicateElement duplicate(String prefix, String name, String parentType, List<Element> copies,
            boolean simple) {
        List<SourcePosition> at = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Element e : copies) {
            at.add(positionOf(e));
            values.add(simple ? e.getTextContent().strip() : MetadataXmlWriter.writeElement(e).strip());
        }
        return new DuplicateElement(prefix + name, name, parentType, at, values, simple);
    }

    private static void collectDuplicates(Element parent, TypeSpec spec, String prefix, List<DuplicateElement> out) {
        if (spec == null) {
            return;
        }
        Map<String, List<Element>> byName = new LinkedHashMap<>();
        for (Element e : childElements(parent, null)) {
            FieldSpec f = spec.field(e.getLocalName());
            if (f == null) {
                continue;
            }
            byName.computeIfAbsent(e.getLocalName(), k -> new ArrayList<>()).add(e);
            if (f.kind() == io.github.ecamaven.eca.model.schema.ValueKind.COMPLEX) {
                collectDuplicates(e, EcaSchema.type(f.valueType()), prefix + e.getLocalName() + "/", out);
            }
        }
        for (Map.Entry<String, List<Element>> g : byName.entrySet()) {
            FieldSpec f = spec.field(g.getKey());
            if (f.repeated() || g.getValue().size() < 2) {
                continue;
            }
            boolean simple = f.kind() != io.github.ecamaven.eca.model.schema.ValueKind.COMPLEX;
            out.add(duplicate(prefix, g.getKey(), spec.name(), g.getValue(), simple));
        }
    }

    /**
     * The file content: the model merged into the DOM, in Salesforce's format. While no field of the model changed
     * since it was read, the file as read, byte for byte: whatever formatted it (a retrieve, prettier, a hand with
     * tabs or CRLF, a callback list broken over lines) stays as it was.
     */
    public String toXml() {
        return new String(toBytes(), StandardCharsets.UTF_8);
    }

    public byte[] toBytes() {
        if (original != null && fieldTexts(MetadataXml.marshal(model())).equals(baseline)) {
            return original.clone();
        }
        return MetadataXmlWriter.write(merged()).getBytes(StandardCharsets.UTF_8);
    }

    private Document merged() {
        Document fresh = MetadataXml.marshal(model());
        Map<String, String> now = fieldTexts(fresh);
        Document out = (Document) dom.cloneNode(true);
        Element root = out.getDocumentElement();
        List<String> order = fieldOrder(fresh.getDocumentElement());
        for (String field : order) {
            if (Objects.equals(baseline.get(field), now.get(field)) && !baseline.isEmpty()) {
                continue; // unchanged since read: keep the original nodes, invalid values and all
            }
            replaceField(root, field, childElements(fresh.getDocumentElement(), field), order);
        }
        return out;
    }

    /** Known field names in XML order, from the schema when the type is known. */
    private List<String> fieldOrder(Element freshRoot) {
        List<String> order = new ArrayList<>();
        order.add("fullName");
        order.add("module");
        TypeSpec spec = EcaSchema.type(rootName());
        if (spec != null) {
            order.addAll(spec.fieldNames());
        } else {
            for (Element e : childElements(freshRoot, null)) {
                if (!order.contains(e.getLocalName())) {
                    order.add(e.getLocalName());
                }
            }
            for (Element e : childElements(root(), null)) {
                if (!order.contains(e.getLocalName())) {
                    order.add(e.getLocalName());
                }
            }
        }
        return order;
    }

    private static void replaceField(Element root, String field, List<Element> replacement, List<String> order) {
        Document owner = root.getOwnerDocument();
        List<Element> old = childElements(root, field);
        Node anchor;
        if (!old.isEmpty()) {
            anchor = old.get(0);
        } else {
            anchor = insertionPoint(root, field, order);
        }
        for (Element r : replacement) {
            Node imported = owner.importNode(r, true);
            root.insertBefore(imported, anchor);
        }
        for (Element o : old) {
            root.removeChild(o);
        }
    }

    /** The node a new field goes before: just after the last known element that precedes it in XML order. */
    private static Node insertionPoint(Element root, String field, List<String> order) {
        int idx = order.indexOf(field);
        Node lastBefore = null;
        Node firstKnown = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            int o = order.indexOf(n.getLocalName());
            if (o < 0) {
                continue;
            }
            if (firstKnown == null) {
                firstKnown = n;
            }
            if (o < idx) {
                lastBefore = n;
            }
        }
        if (lastBefore != null) {
            return lastBefore.getNextSibling();
        }
        return firstKnown;
    }

    /** Field name → its elements serialised, for change detection. */
    private static Map<String, String> fieldTexts(Document d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element e : childElements(d.getDocumentElement(), null)) {
            out.merge(e.getLocalName(), MetadataXmlWriter.writeElement(e), String::concat);
        }
        return out;
    }
}
