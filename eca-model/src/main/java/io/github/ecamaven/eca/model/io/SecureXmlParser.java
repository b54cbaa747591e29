package io.github.ecamaven.eca.model.io;

import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.UserDataHandler;

/**
 * Parses XML into a DOM that records where each element starts. DOCTYPE declarations are refused before anything
 * they declare is used: no DTD or external entity is ever loaded, so XXE and entity-expansion bombs cannot happen.
 * The {@link InputLimits} (depth, element count, value length) are checked while streaming, before a node is added,
 * so no later recursive walk (JAXB, cloning, writing) can meet a tree deeper than {@link InputLimits#MAX_DEPTH}; the
 * bytes are decoded as UTF-8 here so that the JDK parser never sees a malformed byte (it would print stray
 * {@code [Fatal Error]} lines on stderr).
 */
public final class SecureXmlParser {

    private static final String POSITION_KEY = "eca.position";
    private static final String START_END_KEY = "eca.startEnd";
    private static final String OPEN_CLOSE_KEY = "eca.openClose";
    /**
     * One factory per thread, set to hand back its last reader once closed: building a reader costs about 14 KB and
     * most of a parse's time, and a project has hundreds of small files. A factory that reuses its reader is not
     * safe to share between threads, hence one per thread.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SecureXmlParser::newFactory);

    /** Positions and lexical marks travel with a node when the document is cloned for a rewrite. */
    private static final UserDataHandler COPY_ON_CLONE = new UserDataHandler() {
        @Override
        public void handle(short operation, String key, Object data, Node src, Node dst) {
            if (dst != null && (operation == NODE_CLONED || operation == NODE_IMPORTED)) {
                dst.setUserData(key, data, this);
            }
        }
    };

    private SecureXmlParser() {}

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resources are never loaded: " + systemId);
        });
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, "jdk.xml.entityExpansionLimit", "1000");
        trySetFlag(f, "reuse-instance"); // the JDK's parser: reuse the reader after close(), properties kept
        return f;
    }

    private static void trySetFlag(XMLInputFactory f, String name) {
        try {
            f.setProperty(name, Boolean.TRUE);
        } catch (IllegalArgumentException ignored) {
            // another StAX implementation: a new reader per file, as before
        }
    }

    private static void trySet(XMLInputFactory f, String name, String value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows every property; the DOCTYPE refusal below is the real guard
        }
    }

    /** The start position recorded for a node by this parser, or null for nodes made elsewhere. */
    public static SourcePosition positionOf(Node node) {
        Object p = node == null ? null : node.getUserData(POSITION_KEY);
        return p instanceof SourcePosition sp ? sp : null;
    }

    /** Whether an empty element was written {@code <x></x>} rather than {@code <x/>} in the file read. */
    static boolean writtenOpenClose(Node node) {
        return Boolean.TRUE.equals(node.getUserData(OPEN_CLOSE_KEY));
    }

    static void setPosition(Node node, SourcePosition p) {
        node.setUserData(POSITION_KEY, p, COPY_ON_CLONE);
    }

    /**
     * Parses {@code content}.
     *
     * @param file used only in error messages
     * @throws EcaXmlException with line and column for malformed XML or a DOCTYPE
     */
    public static Document parse(Path file, byte[] content) throws EcaXmlException {
        if (content.length > InputLimits.MAX_FILE_BYTES) {
            throw new EcaXmlException(file, 1, 0, "the file is " + InputLimits.bytes(content.length) + ", more than"
                    + " the limit of " + InputLimits.bytes(InputLimits.MAX_FILE_BYTES) + " for a metadata file", null);
        }
        String text;
        try {
            text = InputLimits.decodeUtf8(file, content);
        } catch (UnreadableFileException e) {
            throw EcaXmlException.of(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark is not content
        }
        Document doc = newDocument();
        doc.setStrictErrorChecking(false); // its ancestor check per insert would make building quadratic in depth
        XMLStreamReader r = null;
        int line = 1;
        int col = 1;
        int depth = 0;
        int elements = 0;
        try {
            r = FACTORY.get().createXMLStreamReader(new StringReader(text));
            Node current = doc;
            LineIndex index = new LineIndex(text);
            while (r.hasNext()) {
                int event = r.next();
                Location at = r.getLocation();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new EcaXmlException(file, index.lineOf("<!DOCTYPE"), 1,
                            "DOCTYPE declarations are not allowed in Salesforce metadata (they can load external "
                                    + "entities); remove the <!DOCTYPE ...> line", null);
                    case XMLStreamConstants.START_ELEMENT -> {
                        SourcePosition start = index.startOfTag(at, qualified(r), line, col);
                        if (++depth > InputLimits.MAX_DEPTH) {
                            throw new EcaXmlException(file, start.line(), start.column(), "elements are nested more"
                                    + " than " + InputLimits.MAX_DEPTH + " deep here (the limit; Salesforce metadata"
                                    + " is a few levels deep); the file is broken or not metadata", null);
                        }
                        elements = count(file, start, elements);
                        checkName(file, start, "element", r.getPrefix(), r.getLocalName());
                        Element e = doc.createElementNS(emptyToNull(r.getNamespaceURI()), qualified(r));
                        for (int i = 0; i < r.getNamespaceCount(); i++) {
                            String prefix = r.getNamespacePrefix(i);
                            String attr = prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
                            e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attr, r.getNamespaceURI(i));
                        }
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String prefix = r.getAttributePrefix(i);
                            String name = prefix == null || prefix.isEmpty()
                                    ? r.getAttributeLocalName(i)
                                    : prefix + ":" + r.getAttributeLocalName(i);
                            checkName(file, start, "attribute", prefix, r.getAttributeLocalName(i));
                            String value = r.getAttributeValue(i);
                            checkLength(file, start, "attribute " + name, value.length());
                            e.setAttributeNS(emptyToNull(r.getAttributeNamespace(i)), name, value);
                        }
                        setPosition(e, start);
                        if (at != null) {
                            e.setUserData(START_END_KEY, at.getLineNumber() + ":" + at.getColumnNumber(), null);
                        }
                        current.appendChild(e);
                        current = e;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        // <x></x> and <x/> look the same to StAX; only a self-closing tag ends where it started
                        Object startEnd = current.getUserData(START_END_KEY);
                        if (at != null && !current.hasChildNodes() && startEnd != null
                                && !startEnd.equals(at.getLineNumber() + ":" + at.getColumnNumber())) {
                            current.setUserData(OPEN_CLOSE_KEY, Boolean.TRUE, COPY_ON_CLONE);
                        }
                        current.setUserData(START_END_KEY, null, null);
                        dropFormattingWhitespace(current);
                        current = current.getParentNode();
                        depth--;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (current != doc) {
                            checkLength(file, new SourcePosition(line, col), "text of <" + current.getNodeName()
                                    + ">", r.getTextLength());
                            current.appendChild(doc.createTextNode(r.getText()));
                        }
                    }
                    case XMLStreamConstants.COMMENT -> {
                        elements = count(file, new SourcePosition(line, col), elements);
                        checkLength(file, new SourcePosition(line, col), "comment", r.getTextLength());
                        Node c = doc.createComment(r.getText());
                        setPosition(c, new SourcePosition(line, col));
                        current.appendChild(c);
                    }
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        elements = count(file, new SourcePosition(line, col), elements);
                        String data = r.getPIData();
                        checkLength(file, new SourcePosition(line, col), "processing instruction",
                                data == null ? 0 : data.length());
                        current.appendChild(doc.createProcessingInstruction(r.getPITarget(), data));
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new EcaXmlException(file, line, col,
                            "entity reference &" + r.getLocalName() + "; is not allowed; write the character", null);
                    default -> {
                        // START_DOCUMENT, END_DOCUMENT carry nothing to keep
                    }
                }
                if (at != null && at.getLineNumber() > 0) {
                    line = at.getLineNumber();
                    col = Math.max(1, at.getColumnNumber());
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            int l = at != null && at.getLineNumber() > 0 ? at.getLineNumber() : line;
            int c = at != null && at.getColumnNumber() > 0 ? at.getColumnNumber() : col;
            throw new EcaXmlException(file, l, c, "malformed XML: " + cleanMessage(e) + "; fix the XML syntax", e);
        } catch (RuntimeException e) {
            // the JDK parser signals some malformed input with unchecked exceptions; it is still the file's fault
            throw new EcaXmlException(file, line, col, "malformed XML the parser cannot read past this point; fix"
                    + " the XML syntax", e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
        if (doc.getDocumentElement() == null) {
            throw new EcaXmlException(file, 1, 1, "the file has no root element", null);
        }
        return doc;
    }

    /** One more element, comment or processing instruction; refused beyond {@link InputLimits#MAX_ELEMENTS}. */
    private static int count(Path file, SourcePosition at, int sofar) throws EcaXmlException {
        if (sofar + 1 > InputLimits.MAX_ELEMENTS) {
            throw new EcaXmlException(file, at.line(), at.column(), "the file has more than "
                    + String.format(java.util.Locale.ROOT, "%,d", InputLimits.MAX_ELEMENTS) + " elements and comments"
                    + " (the limit); the file is broken or not metadata", null);
        }
        return sofar + 1;
    }

    /**
     * The JDK parser lets a name such as {@code :a} through although it is no qualified name; the DOM refuses it
     * later (on every copy of the tree), so it is refused here as the syntax error it is.
     */
    private static void checkName(Path file, SourcePosition at, String what, String prefix, String local)
            throws EcaXmlException {
        if (local == null || local.isEmpty() || local.indexOf(':') >= 0 || prefix != null && prefix.indexOf(':') >= 0) {
            String name = (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + local;
            throw new EcaXmlException(file, at.line(), at.column(), "malformed XML: '" + name + "' is not a valid "
                    + what + " name (a colon may only separate a namespace prefix from the name); fix the XML syntax",
                    null);
        }
    }

    private static void checkLength(Path file, SourcePosition at, String what, int length) throws EcaXmlException {
        if (length > InputLimits.MAX_VALUE_CHARS) {
            throw new EcaXmlException(file, at.line(), at.column(), "the " + what + " is "
                    + String.format(java.util.Locale.ROOT, "%,d", length) + " characters long, more than the limit of "
                    + String.format(java.util.Locale.ROOT, "%,d", InputLimits.MAX_VALUE_CHARS) + " for one value; the"
                    + " file is broken or not metadata", null);
        }
    }

    /**
     * Whitespace between elements is layout, not data; text of leaf elements is kept verbatim. Called once per
     * element as it closes, so the whole pass is linear and needs no recursion.
     */
    private static void dropFormattingWhitespace(Node e) {
        boolean hasElements = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE || n.getNodeType() == Node.COMMENT_NODE) {
                hasElements = true;
                break;
            }
        }
        if (!hasElements) {
            return;
        }
        Node n = e.getFirstChild();
        while (n != null) {
            Node next = n.getNextSibling();
            if (n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().isBlank()) {
                e.removeChild(n);
            }
            n = next;
        }
    }

    /** Maps StAX locations (end of an event) back to where a start tag begins. */
    private static final class LineIndex {
        private final String text;
        private final int[] lineStarts;

        LineIndex(String text) {
            this.text = text;
            java.util.List<Integer> starts = new java.util.ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        SourcePosition startOfTag(Location end, String name, int fallbackLine, int fallbackCol) {
            if (end == null || end.getLineNumber() < 1 || end.getLineNumber() > lineStarts.length) {
                return new SourcePosition(fallbackLine, fallbackCol);
            }
            int offset = Math.min(text.length(), lineStarts[end.getLineNumber() - 1] + end.getColumnNumber() - 1);
            int lt = text.lastIndexOf("<" + name, offset);
            if (lt < 0) {
                return new SourcePosition(fallbackLine, fallbackCol);
            }
            int l = lineOf(lt);
            return new SourcePosition(l + 1, lt - lineStarts[l] + 1);
        }

        /** 1-based line of the first occurrence of {@code token}, 1 when absent. */
        int lineOf(String token) {
            int at = text.indexOf(token);
            return at < 0 ? 1 : lineOf(at) + 1;
        }

        private int lineOf(int offset) {
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }
    }

    private static String qualified(XMLStreamReader r) {
        String prefix = r.getPrefix();
        return prefix == null || prefix.isEmpty() ? r.getLocalName() : prefix + ":" + r.getLocalName();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).trim();
    }

    /** One builder per thread: looking up the DOM implementation costs more than parsing a small file. */
    private static final ThreadLocal<javax.xml.parsers.DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation", e);
        }
    });

    static Document newDocument() {
        return BUILDER.get().newDocument();
    }
}
