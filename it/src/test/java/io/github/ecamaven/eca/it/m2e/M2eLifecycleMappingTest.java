package io.github.ecamaven.eca.it.m2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The built plugin jar carries Eclipse m2e's lifecycle mapping: generate and validate execute on configuration and on
 * incremental builds, every other goal of the plugin descriptor in the same jar is ignored, and no goal is missing.
 */
class M2eLifecycleMappingTest {

    private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .getParent().resolve("eca-maven-plugin/target");

    private static Path pluginJar() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches(
                    "eca-maven-plugin-[0-9][^-]*(-SNAPSHOT)?\\.jar")).toList();
            assertThat(jars).as("the built plugin jar in %s", TARGET).hasSize(1);
            return jars.get(0);
        }
    }

    private static Document xml(JarFile jar, String entry) throws Exception {
        assertThat(jar.getEntry(entry)).as(entry + " in " + jar.getName()).isNotNull();
        try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }

    @Test
    void generateAndValidateRunInTheIdeAndEveryOtherGoalIsIgnored() throws Exception {
        try (JarFile jar = new JarFile(pluginJar().toFile())) {
            Document mapping = xml(jar, "META-INF/m2e/lifecycle-mapping-metadata.xml");
            Document descriptor = xml(jar, "META-INF/maven/plugin.xml");

            List<String> executed = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            NodeList executions = mapping.getElementsByTagName("pluginExecution");
            for (int i = 0; i < executions.getLength(); i++) {
                Element e = (Element) executions.item(i);
                List<String> goals = texts(e, "goal");
                if (e.getElementsByTagName("ignore").getLength() == 1) {
                    ignored.addAll(goals);
                } else {
                    assertThat(texts(e, "runOnConfiguration")).containsExactly("true");
                    assertThat(texts(e, "runOnIncremental")).containsExactly("true");
                    executed.addAll(goals);
                }
            }

            assertThat(executed).containsExactlyInAnyOrder("generate", "validate");
            List<String> all = new ArrayList<>(executed);
            all.addAll(ignored);
            TreeSet<String> goals = new TreeSet<>();
            NodeList mojos = descriptor.getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                for (org.w3c.dom.Node n = mojos.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if ("goal".equals(n.getNodeName())) {
                        goals.add(n.getTextContent().trim());
                    }
                }
            }
            assertThat(goals).contains("generate", "validate", "deploy");
            assertThat(all).as("every goal once").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(goals);
        }
    }
}
