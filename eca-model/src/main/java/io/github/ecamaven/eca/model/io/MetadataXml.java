package io.github.ecamaven.eca.model.io;

import io.github.ecamaven.eca.model.ExternalClientAppSettings;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.connectedapp.ConnectedApp;
import io.github.ecamaven.eca.model.manifest.PackageManifest;
import io.github.ecamaven.eca.model.schema.MetadataType;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.dom.DOMResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads and writes ECA metadata files (and package.xml) in Salesforce's own format. Reading is secure (no DOCTYPE,
 * no external entities), keeps source positions, comments and unknown elements; writing puts them back.
 */
public final class MetadataXml {

    private static final Map<String, Class<? extends MetadataComponent>> ROOTS = new LinkedHashMap<>();

    static {
        for (MetadataType t : MetadataType.values()) {
            ROOTS.put(t.typeName(), t.modelClass());
        }
        ROOTS.put("ExternalClientAppSettings", ExternalClientAppSettings.class);
        ROOTS.put("Package", PackageManifest.class);
        ROOTS.put("ConnectedApp", ConnectedApp.class); // read by eca:migrate
    }

    /** Created on first use: reading the DOM (all that eca:validate needs) does not load the JAXB runtime. */
    private static final class Context {
        static final JAXBContext INSTANCE = newContext();
    }

    private MetadataXml() {}

    private static JAXBContext newContext() {
        try {
            return JAXBContext.newInstance(ROOTS.values().toArray(new Class<?>[0]));
        } catch (JAXBException e) {
            throw new IllegalStateException("the ECA model does not bind: " + e, e);
        }
    }

    /** Root element names the reader accepts. */
    public static List<String> knownRootElements() {
        return new ArrayList<>(ROOTS.keySet());
    }

    /** Reads a file; the root element decides the type, and must agree with an ECA file suffix. */
    public static MetadataDocument<MetadataComponent> read(Path file) throws EcaXmlException, IOException {
        byte[] content;
        try {
            content = InputLimits.read(file);
        } catch (UnreadableFileException e) {
            throw EcaXmlException.of(e);
        }
        return read(file, content);
    }

    /** Reads a file expected to hold {@code type}. */
    public static <T extends MetadataComponent> MetadataDocument<T> read(Path file, Class<T> type)
            throws EcaXmlException, IOException {
        MetadataDocument<MetadataComponent> doc = read(file);
        if (!type.isInstance(doc.model())) {
            throw new EcaXmlException(file, doc.rootPosition().line(), doc.rootPosition().column(),
                    "expected <" + rootName(type) + "> but the root element is <" + doc.rootName() + ">", null);
        }
        @SuppressWarnings("unchecked")
        MetadataDocument<T> typed = (MetadataDocument<T>) (MetadataDocument<?>) doc;
        return typed;
    }

    /** Reads {@code content}; {@code file} names it in errors and decides the expected root by its suffix. */
    public static MetadataDocument<MetadataComponent> read(Path file, byte[] content) throws EcaXmlException {
        MetadataDocument<MetadataComponent> doc = inspect(file, content);
        doc.bind();
        return doc;
    }

    /**
     * Like {@link #read(Path, byte[])}, but binds the model only when {@link MetadataDocument#model()} is first
     * called (where a binding error is an {@link IllegalStateException}): for readers of the DOM only.
     */
    public static MetadataDocument<MetadataComponent> inspect(Path file, byte[] content) throws EcaXmlException {
        Document dom = SecureXmlParser.parse(file, content);
        Element root = dom.getDocumentElement();
        SourcePosition at = SecureXmlParser.positionOf(root);
        String name = root.getLocalName();
        if (!MetadataComponent.NAMESPACE.equals(root.getNamespaceURI())) {
            throw new EcaXmlException(file, at.line(), at.column(), "the root element <" + name + "> is in namespace '"
                    + (root.getNamespaceURI() == null ? "" : root.getNamespaceURI()) + "'; Salesforce metadata needs"
                    + " xmlns=\"" + MetadataComponent.NAMESPACE + "\"", null);
        }
        MetadataType bySuffix = file == null ? null : MetadataType.ofFileName(file.getFileName().toString());
        if (bySuffix != null && !bySuffix.typeName().equals(name)) {
            throw new EcaXmlException(file, at.line(), at.column(), "a ." + bySuffix.suffix() + " file must have the"
                    + " root element <" + bySuffix.typeName() + ">, not <" + name + ">", null);
        }
        Class<? extends MetadataComponent> type = ROOTS.get(name);
        if (type == null) {
            throw new EcaXmlException(file, at.line(), at.column(), "<" + name + "> is not an External Client App"
                    + " metadata type; expected one of " + ROOTS.keySet(), null);
        }
        return new MetadataDocument<>(file, dom, type, content);
    }

    static <T extends MetadataComponent> T unmarshal(Path file, Element root, Class<T> type) throws EcaXmlException {
        try {
            Unmarshaller u = Context.INSTANCE.createUnmarshaller();
            u.setEventHandler(event -> true); // values JAXB cannot bind stay in the DOM; the validator reports them
            return u.unmarshal(root, type).getValue();
        } catch (JAXBException | RuntimeException e) {
            SourcePosition at = SecureXmlParser.positionOf(root);
            throw new EcaXmlException(file, at.line(), at.column(),
                    "the content of <" + root.getLocalName() + "> cannot be bound: " + e.getMessage(), e);
        }
    }

    /** Marshals a model object to a fresh DOM (known fields only, in WSDL order). */
    static Document marshal(MetadataComponent model) {
        try {
            Marshaller m = Context.INSTANCE.createMarshaller();
            DOMResult result = new DOMResult(SecureXmlParser.newDocument());
            m.marshal(model, result);
            return (Document) result.getNode();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot marshal " + model.getClass().getSimpleName() + ": " + e, e);
        }
    }

    /** A new document for a model object that was not read from a file. */
    public static <T extends MetadataComponent> MetadataDocument<T> create(T model) {
        return new MetadataDocument<>(null, null, model);
    }

    /** The text Salesforce would write for {@code model}. */
    public static String toXml(MetadataComponent model) {
        return create(model).toXml();
    }

    /** {@link #toXml} as UTF-8 bytes. */
    public static byte[] toBytes(MetadataComponent model) {
        return toXml(model).getBytes(StandardCharsets.UTF_8);
    }

    static String rootName(Class<?> type) {
        for (Map.Entry<String, Class<? extends MetadataComponent>> e : ROOTS.entrySet()) {
            if (e.getValue().equals(type)) {
                return e.getKey();
            }
        }
        return type.getSimpleName();
    }
}
