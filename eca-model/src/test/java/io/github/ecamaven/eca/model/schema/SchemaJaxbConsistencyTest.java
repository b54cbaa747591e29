package io.github.ecamaven.eca.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.io.MetadataXml;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JAXB model and the schema table agree; runs on a clean clone (the WSDL comparison is WsdlConformanceTest).
 * Order, required and repeated come from the annotations, so this guards the derivation and the since table.
 */
class SchemaJaxbConsistencyTest {

    @Test
    void everyTypeHasTheElementsOfItsModelClassInPropOrder() throws Exception {
        assertThat(EcaSchema.types()).hasSizeGreaterThanOrEqualTo(20);
        for (TypeSpec t : EcaSchema.types()) {
            Class<?> c = Class.forName("io.github.ecamaven.eca.model." + t.name());
            List<String> order = new ArrayList<>();
            for (String p : c.getAnnotation(XmlType.class).propOrder()) {
                Field f = c.getDeclaredField(p);
                XmlElement xe = f.getAnnotation(XmlElement.class);
                String name = xe == null || "##default".equals(xe.name()) ? p : xe.name();
                order.add(name);
                FieldSpec spec = t.field(name);
                assertThat(spec.required()).as(t.name() + "." + name + " required").isEqualTo(xe != null
                        && xe.required());
                assertThat(spec.repeated()).as(t.name() + "." + name + " repeated")
                        .isEqualTo(List.class.isAssignableFrom(f.getType()));
                assertThat(spec.since()).as(t.name() + "." + name + " since").isGreaterThanOrEqualTo(t.since());
                assertThat(spec.since()).as(t.name() + "." + name + " since").isLessThanOrEqualTo(
                        ApiVersion.NEWEST_KNOWN);
            }
            assertThat(t.fieldNames()).as(t.name()).isEqualTo(order);
        }
    }

    @Test
    void everyRootElementOfTheReaderIsAType() {
        for (String root : MetadataXml.knownRootElements()) {
            if (!root.equals("ConnectedApp") && !root.equals("Package")) {
                assertThat(EcaSchema.type(root)).as(root).isNotNull();
            }
        }
    }

    @Test
    void enumValueListsAreTheModelEnums() throws Exception {
        for (EnumSpec e : EcaSchema.enums()) {
            Class<?> c;
            try {
                c = Class.forName("io.github.ecamaven.eca.model." + e.name());
            } catch (ClassNotFoundException none) {
                continue; // an enum of a type the model does not generate
            }
            List<String> constants = Arrays.stream(c.getEnumConstants()).map(Object::toString).toList();
            assertThat(e.values()).as(e.name()).hasSameSizeAs(constants);
            for (String v : e.values()) {
                assertThat(e.since(v)).as(e.name() + "." + v).isNotNull();
            }
        }
    }

    @Test
    void realRetrieveFactsAreInTheTable() {
        FieldSpec named = EcaSchema.type("ExtlClntAppOauthConfigurablePolicies").field("isNamedUserJwtEnabled");
        assertThat(named.since()).isEqualTo(ApiVersion.of(61));
        assertThat(named.documentedUntil()).isEqualTo(ApiVersion.of(63));
        assertThat(named.retiredFromWsdl()).isTrue();
        FieldSpec ttl = EcaSchema.type("ExtlClntAppGlobalOauthSettings").field("isEnforceRefreshTokenTTL");
        assertThat(ttl.since()).isEqualTo(ApiVersion.of(67));
        assertThat(ttl.emittedFrom()).isEqualTo(ApiVersion.of(66));
        assertThat(ttl.emittedBeyondWsdl(ApiVersion.of(66))).isTrue();
        assertThat(ttl.emittedBeyondWsdl(ApiVersion.of(65))).isFalse();
    }

    @Test
    void sinceOfANestedElementIsTheLatestAlongItsPath() {
        assertThat(EcaSchema.since("ExtlClntAppGlobalOauthSettings", "idTokenConfig/idTokenIncludeAttributes"))
                .isEqualTo(ApiVersion.of(58));
        assertThat(EcaSchema.since("ExtlClntAppGlobalOauthSettings",
                "idTokenConfig/idTokenIncludeCustomPermissions")).isEqualTo(ApiVersion.of(61));
        assertThat(EcaSchema.since("ExtlClntAppGlobalOauthSettings", "nope")).isNull();
    }
}
