package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.config.PropertyNames;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every boolean parameter of every goal is read strictly: Maven's own conversion ({@code Boolean.valueOf}) turns a
 * typo such as {@code <check>maybe</check>} into false, so no parameter may have a boolean type, and each one that
 * defaults to true or false fails the build on any other value, naming its element and property.
 */
class StrictBooleanParametersTest {

    @TempDir
    Path project;

    private record Param(String name, String type, String expression, String dflt) {}

    private static Map<String, List<Param>> descriptor() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document d = f.newDocumentBuilder().parse(Paths.get("target/classes/META-INF/maven/plugin.xml").toFile());
        Map<String, List<Param>> out = new LinkedHashMap<>();
        NodeList mojos = d.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String impl = mojo.getElementsByTagName("implementation").item(0).getTextContent().strip();
            if (impl.endsWith("HelpMojo")) {
                continue;
            }
            List<Param> params = new ArrayList<>();
            Element conf = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList ps = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < ps.getLength(); j++) {
                Element p = (Element) ps.item(j);
                String name = p.getElementsByTagName("name").item(0).getTextContent().strip();
                String type = p.getElementsByTagName("type").item(0).getTextContent().strip();
                NodeList c = conf == null ? null : conf.getElementsByTagName(name);
                Element ce = c == null || c.getLength() == 0 ? null : (Element) c.item(0);
                params.add(new Param(name, type, ce == null ? null : ce.getTextContent().strip(),
                        ce == null || !ce.hasAttribute("default-value") ? null : ce.getAttribute("default-value")));
            }
            out.put(impl, params);
        }
        return out;
    }

    private static Field field(Class<?> c, String name) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new AssertionError(c + " has no field " + name);
    }

    private static boolean isFlag(Param p) {
        return "true".equals(p.dflt()) || "false".equals(p.dflt());
    }

    @Test
    void noParameterHasABooleanType() throws Exception {
        List<String> lenient = new ArrayList<>();
        descriptor().forEach((mojo, params) -> params.stream()
                .filter(p -> p.type().equals("boolean") || p.type().equals("java.lang.Boolean"))
                .forEach(p -> lenient.add(mojo + "." + p.name())));
        assertThat(lenient).as("parameters Maven would read with Boolean.valueOf").isEmpty();
    }

    @Test
    void everyBooleanParameterRefusesATypoNamingItsElementAndProperty() throws Exception {
        int checked = 0;
        List<String> lenient = new ArrayList<>();
        for (Map.Entry<String, List<Param>> m : descriptor().entrySet()) {
            Class<?> type = Class.forName(m.getKey());
            for (Param flag : m.getValue().stream().filter(StrictBooleanParametersTest::isFlag).toList()) {
                Mojo mojo = (Mojo) type.getDeclaredConstructor().newInstance();
                for (Param other : m.getValue().stream().filter(StrictBooleanParametersTest::isFlag).toList()) {
                    field(type, other.name()).set(mojo, other.dflt());
                }
                field(type, "projectDirectory").set(mojo, project.toFile());
                field(type, flag.name()).set(mojo, "maybe");
                String property = flag.expression().substring(2, flag.expression().length() - 1);
                try {
                    mojo.execute();
                    lenient.add(m.getKey() + "." + flag.name() + ": accepted 'maybe'");
                } catch (MojoFailureException e) {
                    if (!e.getMessage().contains("<" + flag.name() + "> (" + property + "): 'maybe' is not a boolean;"
                            + " write true or false")) {
                        lenient.add(m.getKey() + "." + flag.name() + ": " + e.getMessage());
                    }
                } catch (Exception e) {
                    lenient.add(m.getKey() + "." + flag.name() + ": " + e);
                }
                checked++;
            }
        }
        assertThat(lenient).isEmpty();
        assertThat(checked).as("boolean parameters checked").isGreaterThanOrEqualTo(40);
    }

    @Test
    void aBooleanParameterWithoutDefaultIsUnsetWhenEmptyAndStrictOtherwise() throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        assertThat(mojo.optionalFlag(null, PropertyNames.CLIENT_SECRET_REST_ACCESS)).isNull();
        assertThat(mojo.optionalFlag(" ", PropertyNames.CLIENT_SECRET_REST_ACCESS)).isNull();
        assertThat(mojo.optionalFlag("TRUE", PropertyNames.CLIENT_SECRET_REST_ACCESS)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mojo.optionalFlag("maybe", PropertyNames.CLIENT_SECRET_REST_ACCESS))
                .isInstanceOf(io.github.ecamaven.eca.failure.ConfigurationException.class)
                .hasMessageContaining("<clientSecretRestAccess> (eca.clientSecretRestAccess): 'maybe' is not a"
                        + " boolean; write true or false");
    }

    @Test
    void trueAndFalseAreReadInAnyCase() throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        Mojos.set(mojo, "check", " TRUE ");
        assertThat(mojo.checkOnly()).isTrue();
        Mojos.set(mojo, "check", "False");
        assertThat(mojo.checkOnly()).isFalse();
    }
}
