package io.github.ecamaven.eca.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import io.github.ecamaven.eca.model.testing.Shared;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The model against Salesforce's own WSDL 66.0 type blocks: every element (name, order, required, repeated, type)
 * and every enum value must match; the only allowed differences are the documented 67.0 additions and the types
 * deliberately left out.
 */
class WsdlConformanceTest {

    /** Internal test types (Sample) and the Attest types that Salesforce dropped again after 66.0. */
    private static final Set<String> LEFT_OUT = Set.of("ExtlClntAppSampleConfigurablePolicies",
            "ExtlClntAppSampleSettings", "ExtlClntAppAttestConfigurablePolicies", "ExtlClntAppAttestSettings",
            "AttestEnforceLevel", "AttestServiceType", "DevicePlatformType", "DeviceType");

    private static final ApiVersion V67 = ApiVersion.of(67);

    @Test
    void everyWsdlTypeMatchesTheModel() throws Exception {
        Path xsd = Shared.require("reference/wsdl/metadata-wsdl-v66.0-eca-types.xsd");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(xsd.toFile());
        List<String> problems = new ArrayList<>();
        int checkedTypes = 0;
        int checkedEnums = 0;
        NodeList complex = doc.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "complexType");
        for (int i = 0; i < complex.getLength(); i++) {
            Element ct = (Element) complex.item(i);
            String name = ct.getAttribute("name");
            if (LEFT_OUT.contains(name) || name.equals("Metadata")) {
                continue;
            }
            checkComplex(name, ct, problems);
            checkedTypes++;
        }
        NodeList simple = doc.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "simpleType");
        for (int i = 0; i < simple.getLength(); i++) {
            Element st = (Element) simple.item(i);
            String name = st.getAttribute("name");
            if (LEFT_OUT.contains(name)) {
                continue;
            }
            checkEnum(name, st, problems);
            checkedEnums++;
        }
        assertThat(problems).isEmpty();
        assertThat(checkedTypes).isGreaterThanOrEqualTo(20);
        assertThat(checkedEnums).isGreaterThanOrEqualTo(20);
    }

    private static void checkComplex(String name, Element ct, List<String> problems) throws Exception {
        Class<?> cls;
        try {
            cls = Class.forName("io.github.ecamaven.eca.model." + name);
        } catch (ClassNotFoundException e) {
            problems.add(name + ": no model class");
            return;
        }
        TypeSpec spec = EcaSchema.type(name);
        List<String> wsdl = new ArrayList<>();
        NodeList els = ct.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
        for (int j = 0; j < els.getLength(); j++) {
            Element e = (Element) els.item(j);
            String el = e.getAttribute("name");
            wsdl.add(el);
            Field field;
            try {
                field = cls.getDeclaredField(el);
            } catch (NoSuchFieldException x) {
                problems.add(name + "." + el + ": missing in the model");
                continue;
            }
            boolean required = !"0".equals(e.getAttribute("minOccurs"));
            boolean repeated = "unbounded".equals(e.getAttribute("maxOccurs"));
            XmlElement ann = field.getAnnotation(XmlElement.class);
            if (ann == null || ann.required() != required || spec.field(el).required() != required) {
                problems.add(name + "." + el + ": required should be " + required);
            }
            if (List.class.equals(field.getType()) != repeated || spec.field(el).repeated() != repeated) {
                problems.add(name + "." + el + ": repeated should be " + repeated);
            }
            String type = e.getAttribute("type");
            Class<?> javaType = repeated
                    ? (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0]
                    : field.getType();
            String expected = switch (type) {
                case "xsd:string" -> "String";
                case "xsd:boolean" -> "Boolean";
                case "xsd:int" -> "Integer";
                default -> type.substring(type.indexOf(':') + 1);
            };
            if (!javaType.getSimpleName().equals(expected)) {
                problems.add(name + "." + el + ": Java type " + javaType.getSimpleName() + ", WSDL " + type);
            }
        }
        List<String> model = Arrays.asList(cls.getAnnotation(XmlType.class).propOrder());
        List<String> newer = model.stream().filter(m -> !wsdl.contains(m)).toList();
        for (String m : newer) {
            if (!V67.equals(spec.field(m).since()) && !spec.field(m).retiredFromWsdl()) {
                problems.add(name + "." + m + ": in the model but not in WSDL 66.0, not a documented 67.0 field and"
                        + " not a field orgs still emit after the WSDL dropped it");
            }
        }
        if (!model.stream().filter(wsdl::contains).toList().equals(wsdl)) {
            problems.add(name + ": element order differs: model " + model + ", WSDL " + wsdl);
        }
        if (!spec.fieldNames().equals(model)) {
            problems.add(name + ": schema table order " + spec.fieldNames() + " differs from JAXB " + model);
        }
    }

    private static void checkEnum(String name, Element st, List<String> problems) throws Exception {
        Class<?> cls;
        try {
            cls = Class.forName("io.github.ecamaven.eca.model." + name);
        } catch (ClassNotFoundException e) {
            problems.add(name + ": no Java enum");
            return;
        }
        List<String> wsdl = new ArrayList<>();
        NodeList vals = st.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "enumeration");
        for (int j = 0; j < vals.getLength(); j++) {
            wsdl.add(((Element) vals.item(j)).getAttribute("value"));
        }
        List<String> java = Arrays.stream(cls.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        for (String v : wsdl) {
            if (!java.contains(v)) {
                problems.add(name + "." + v + ": enum value missing in the model");
            }
        }
        for (String v : java) {
            if (!wsdl.contains(v) && !V67.equals(EcaSchema.enumType(name).since(v))) {
                problems.add(name + "." + v + ": not in WSDL 66.0 and not a documented 67.0 value");
            }
        }
    }
}
