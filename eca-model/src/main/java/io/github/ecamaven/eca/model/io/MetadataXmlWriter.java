package io.github.ecamaven.eca.model.io;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Serialises a DOM the way the Metadata API writes retrieved files: UTF-8 declaration, 4-space indentation, one
 * element per line, leaf text verbatim with {@code & < > " '} escaped, trailing newline. The same DOM always gives
 * the same text.
 */
public final class MetadataXmlWriter {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String INDENT = "    ";

    private MetadataXmlWriter() {}

    public static String write(Document doc) {
        StringBuilder out = new StringBuilder(2048).append(DECLARATION);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
            writeNode(out, n, 0);
        }
        return out.toString();
    }

    /** One element and its content at depth 0, without declaration; used to compare fields. */
    public static String writeElement(Node element) {
        StringBuilder out = new StringBuilder();
        writeNode(out, element, 0);
        return out.toString();
    }

    private static void writeNode(StringBuilder out, Node n, int depth) {
        switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> writeElement(out, (Element) n, depth);
            case Node.COMMENT_NODE -> out.append(INDENT.repeat(depth)).append("<!--").append(n.getNodeValue())
                    .append("-->\n");
            case Node.PROCESSING_INSTRUCTION_NODE -> out.append(INDENT.repeat(depth)).append("<?")
                    .append(n.getNodeName()).append(' ').append(n.getNodeValue()).append("?>\n");
            default -> {
                // text outside leaf elements is layout only
            }
        }
    }

    private static void writeElement(StringBuilder out, Element e, int depth) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        out.append(INDENT.repeat(depth)).append('<').append(name);
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (depth > 0 && "xmlns".equals(a.getName())) {
                continue; // children inherit the default namespace
            }
            out.append(' ').append(a.getName()).append("=\"").append(escape(a.getValue(), true)).append('"');
        }
        boolean structured = false;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE || c.getNodeType() == Node.COMMENT_NODE) {
                structured = true;
                break;
            }
        }
        if (structured) {
            out.append(">\n");
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                writeNode(out, c, depth + 1);
            }
            out.append(INDENT.repeat(depth)).append("</").append(name).append(">\n");
            return;
        }
        String text = e.getTextContent();
        if (text == null || text.isEmpty()) {
            out.append(SecureXmlParser.writtenOpenClose(e) ? "></" + name + ">\n" : "/>\n");
        } else {
            out.append('>').append(escape(text, false)).append("</").append(name).append(">\n");
        }
    }

    static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\r' -> b.append("&#13;");
                default -> {
                    if (attribute && (c == '\n' || c == '\t')) {
                        b.append("&#").append((int) c).append(';');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
