package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.generate.EcaApp;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads an {@code <apps><app>} snippet into the bean the way Maven fills it (setters by element name). */
final class AppXml {

    private AppXml() {}

    static EcaApp parse(String snippet) throws Exception {
        Element apps = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(snippet.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        Element app = children(apps).get(0);
        EcaApp bean = new EcaApp();
        for (Element e : children(app)) {
            String setter = "set" + Character.toUpperCase(e.getTagName().charAt(0)) + e.getTagName().substring(1);
            Method m = null;
            for (Method c : EcaApp.class.getMethods()) {
                if (c.getName().equals(setter) && c.getParameterCount() == 1) {
                    m = c;
                }
            }
            if (m == null) {
                throw new IllegalArgumentException("<app> has no element <" + e.getTagName() + ">");
            }
            Class<?> t = m.getParameterTypes()[0];
            String text = e.getTextContent().trim();
            Object v;
            if (t == List.class) {
                List<String> items = new ArrayList<>();
                children(e).forEach(i -> items.add(i.getTextContent().trim()));
                v = items;
            } else if (t == Boolean.class) {
                v = Boolean.valueOf(text);
            } else if (t == Integer.class) {
                v = Integer.valueOf(text);
            } else if (t == File.class) {
                v = new File(text);
            } else {
                v = text;
            }
            m.invoke(bean, v);
        }
        return bean;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
