package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.text.Shortened;
import io.github.ecamaven.eca.text.DidYouMean;
import io.github.ecamaven.eca.model.connectedapp.ConnectedApp;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.text.SecretLike;
import jakarta.xml.bind.annotation.XmlElement;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * What must stop a Connected App before it is converted: elements the model does not map (unknown, misspelt, wrong
 * case, which the converter would silently drop) and private keys anywhere in the file (never copied, never shown).
 */
final class SourceChecks {

    /** The most of a value a console line or the report shows. */
    static final int SHOWN = 80;

    private SourceChecks() {}

    /**
     * {@code value} as a report or console shows it: at most {@value #SHOWN} characters, with a length note; key
     * material only as its length and digest ({@link SecretLike#masked}).
     */
    static String shown(String value) {
        return shown(null, value);
    }

    /** {@code value} of the element {@code name} as shown: length and digest when it is secret-like. */
    static String shown(String name, String value) {
        if (value == null) {
            return null;
        }
        if (SecretLike.isSecret(name, value)) {
            return SecretLike.masked(value);
        }
        String v = value.strip().replaceAll("\\s+", " ");
        return Shortened.withLength(v, SHOWN);
    }


    /** The same test as eca:validate's private-key rule. */
    static boolean containsPrivateKey(String text) {
        return SecretLike.hasKeyMaterial(text);
    }

    /** Every element that holds a private key: {@code path (line N)}, never the value. */
    static List<String> privateKeys(ConnectedAppSource s) {
        List<String> out = new ArrayList<>();
        walk(s.document().root(), "", (path, e) -> {
            if (containsPrivateKey(SecretLike.directText(e))) {
                out.add("<" + path + "> (line " + MetadataDocument.positionOf(e).line() + ")");
            }
        });
        return out;
    }

    /** Every element the model does not map: {@code <path> = value (line N)}. */
    static List<String> unmapped(ConnectedAppSource s) {
        List<String> out = new ArrayList<>();
        collect(s.document().root(), ConnectedApp.class, "", out);
        return out;
    }

    private static void collect(Element parent, Class<?> type, String prefix, List<String> out) {
        for (Element e : MetadataDocument.childElements(parent, null)) {
            String path = prefix + e.getLocalName();
            Field f = field(type, e.getLocalName());
            if (f == null && type == ConnectedApp.class && ConnectedAppConverter.NOT_IN_WSDL.contains(path)) {
                continue; // dropped by the converter, which reports it
            }
            if (f == null) {
                String hint = hint(type, e.getLocalName());
                boolean complex = !MetadataDocument.childElements(e, null).isEmpty();
                out.add("<" + path + "> = " + (complex ? "(" + MetadataDocument.childElements(e, null).size()
                        + " child elements)" : quoted(e.getLocalName(), e.getTextContent())) + " (line "
                        + MetadataDocument.positionOf(e).line() + ")" + (hint == null ? "" : DidYouMean.phrase("<"
                        + prefix + hint + ">")));
                continue;
            }
            Class<?> t = valueType(f);
            if (t.getPackageName().startsWith("io.github.ecamaven.eca.model")) {
                collect(e, t, path + "/", out);
            }
        }
    }

    /** A value in quotes, or a secret-like one as its length and digest (no quotes: it is not the value). */
    private static String quoted(String name, String value) {
        return SecretLike.isSecret(name, value) ? SecretLike.masked(value) : "'" + shown(value) + "'";
    }

    private static Field field(Class<?> type, String element) {
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                XmlElement x = f.getAnnotation(XmlElement.class);
                String name = x == null || "##default".equals(x.name()) ? f.getName() : x.name();
                if (x != null && name.equals(element)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The mapped element closest to {@code element} ({@link DidYouMean}), if any. */
    private static String hint(Class<?> type, String element) {
        List<String> names = new ArrayList<>();
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                XmlElement x = f.getAnnotation(XmlElement.class);
                if (x != null) {
                    names.add(x.name());
                }
            }
        }
        return DidYouMean.closest(element, names);
    }

    private static Class<?> valueType(Field f) {
        if (List.class.isAssignableFrom(f.getType()) && f.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return f.getType();
    }

    private interface Visitor {
        void visit(String path, Element e);
    }

    private static void walk(Element parent, String prefix, Visitor v) {
        for (Element e : MetadataDocument.childElements(parent, null)) {
            String path = prefix + e.getLocalName();
            v.visit(path, e);
            walk(e, path + "/", v);
        }
    }
}
