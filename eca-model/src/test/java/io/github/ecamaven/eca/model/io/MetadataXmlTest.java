package io.github.ecamaven.eca.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.model.ExternalClientApplication;
import io.github.ecamaven.eca.model.ExtlClntAppDistState;
import io.github.ecamaven.eca.model.ExtlClntAppGlobalOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppOauthConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppOauthSettings;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.RefreshTokenPolicyType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

class MetadataXmlTest {

    @TempDir
    Path tmp;

    static Stream<String> samples() {
        return Stream.of("Sample_App.eca-meta.xml", "Sample_App_glbloauth.ecaGlblOauth-meta.xml",
                "Sample_App_oauth.ecaOauth-meta.xml", "Sample_App_oauthPlcy.ecaOauthPlcy-meta.xml",
                "Sample_App_plcy.ecaPlcy-meta.xml");
    }

    static byte[] sample(String name) throws IOException {
        try (InputStream in = MetadataXmlTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplesRoundTripByteIdentical(String name) throws Exception {
        byte[] original = sample(name);
        MetadataDocument<MetadataComponent> doc = MetadataXml.read(Paths.get(name), original);
        assertThat(doc.toBytes()).isEqualTo(original);
        assertThat(doc.unknownElements()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aFreshModelWithTheSameValuesWritesTheSameFile(String name) throws Exception {
        byte[] original = sample(name);
        MetadataComponent model = MetadataXml.read(Paths.get(name), original).model();
        // marshalling the bound objects alone (no DOM kept) must give the Salesforce format too
        assertThat(MetadataXml.toXml(model)).isEqualTo(new String(original, StandardCharsets.UTF_8));
        Diff diff = DiffBuilder.compare(original).withTest(MetadataXml.toBytes(model)).ignoreWhitespace().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
    }

    @Test
    void bindsTypedValuesIncludingNestedAndRepeated() throws Exception {
        var oauth = (ExtlClntAppOauthSettings) MetadataXml.read(Paths.get("Sample_App_oauth.ecaOauth-meta.xml"),
                sample("Sample_App_oauth.ecaOauth-meta.xml")).model();
        assertThat(oauth.getCustomAttributes()).hasSize(1);
        assertThat(oauth.getCustomAttributes().get(0).getKey()).isEqualTo("country");
        assertThat(oauth.getTrustedIpRanges().get(0).getStartIpAddress()).isEqualTo("10.0.0.1");
        var glbl = (ExtlClntAppGlobalOauthSettings) MetadataXml.read(
                Paths.get("Sample_App_glbloauth.ecaGlblOauth-meta.xml"),
                sample("Sample_App_glbloauth.ecaGlblOauth-meta.xml")).model();
        assertThat(glbl.getCallbackUrl()).isEqualTo("https://app.example.com/callback\nhttps://app.example.com/other");
        assertThat(glbl.getIdTokenConfig().getIdTokenValidityInMinutes()).isEqualTo(5);
        assertThat(glbl.getIsPkceRequired()).isTrue();
        var plcy = (ExtlClntAppOauthConfigurablePolicies) MetadataXml.read(
                Paths.get("Sample_App_oauthPlcy.ecaOauthPlcy-meta.xml"),
                sample("Sample_App_oauthPlcy.ecaOauthPlcy-meta.xml")).model();
        assertThat(plcy.getRefreshTokenPolicyType()).isEqualTo(RefreshTokenPolicyType.SpecificInactivity);
        assertThat(plcy.getRefreshTokenValidityPeriod()).isEqualTo(30);
    }

    @Test
    void positionsPointAtTheStartOfEachElement() throws Exception {
        MetadataDocument<MetadataComponent> doc = MetadataXml.read(Paths.get("Sample_App.eca-meta.xml"),
                sample("Sample_App.eca-meta.xml"));
        assertThat(doc.rootPosition()).isEqualTo(new SourcePosition(2, 1));
        assertThat(MetadataDocument.positionOf(doc.element("contactEmail"))).isEqualTo(new SourcePosition(3, 5));
        assertThat(MetadataDocument.positionOf(doc.element("label"))).isEqualTo(new SourcePosition(7, 5));
    }

    @Test
    void unknownElementsAndCommentsSurviveAChangeAndAreReported() throws Exception {
        String text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- owned by the integrations team -->
                <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                    <contactEmail>a@example.com</contactEmail>
                    <!-- keep Local until the package exists -->
                    <distributionState>Local</distributionState>
                    <futureField>42</futureField>
                    <label>X</label>
                </ExternalClientApplication>
                """;
        MetadataDocument<ExternalClientApplication> doc = read("X.eca-meta.xml", text, ExternalClientApplication.class);
        assertThat(doc.unknownElements()).extracting(UnknownElement::name).containsExactly("futureField");
        assertThat(doc.unknownElements().get(0).position()).isEqualTo(new SourcePosition(7, 5));
        assertThat(doc.toXml()).isEqualTo(text);

        doc.model().setDistributionState(ExtlClntAppDistState.Packaged);
        doc.model().setDescription("new");
        doc.model().setContactEmail(null);
        assertThat(doc.toXml()).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- owned by the integrations team -->
                <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                    <!-- keep Local until the package exists -->
                    <description>new</description>
                    <distributionState>Packaged</distributionState>
                    <futureField>42</futureField>
                    <label>X</label>
                </ExternalClientApplication>
                """);
    }

    @Test
    void aValueTheModelCannotHoldIsKeptVerbatimUntilTheFieldIsSet() throws Exception {
        String text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                    <distributionState>Packageable</distributionState>
                    <isProtected>maybe</isProtected>
                    <label>X</label>
                </ExternalClientApplication>
                """;
        MetadataDocument<ExternalClientApplication> doc = read("X.eca-meta.xml", text, ExternalClientApplication.class);
        assertThat(doc.model().getDistributionState()).isNull();
        doc.model().setLabel("Y");
        assertThat(doc.toXml()).contains("<distributionState>Packageable</distributionState>")
                .contains("<isProtected>maybe</isProtected>").contains("<label>Y</label>");
        doc.model().setDistributionState(ExtlClntAppDistState.Local);
        assertThat(doc.toXml()).contains("<distributionState>Local</distributionState>").doesNotContain("Packageable");
    }

    @Test
    void aNewFieldIsInsertedInWsdlOrder() throws Exception {
        String text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                    <contactEmail>a@example.com</contactEmail>
                    <label>X</label>
                </ExternalClientApplication>
                """;
        MetadataDocument<ExternalClientApplication> doc = read("X.eca-meta.xml", text, ExternalClientApplication.class);
        doc.model().setIsProtected(false);
        doc.model().setLogoUrl("https://example.com/logo.png");
        assertThat(doc.toXml()).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                    <contactEmail>a@example.com</contactEmail>
                    <isProtected>false</isProtected>
                    <label>X</label>
                    <logoUrl>https://example.com/logo.png</logoUrl>
                </ExternalClientApplication>
                """);
    }

    @Test
    void doctypeIsRefusedWithoutReadingTheEntity() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE x [ <!ENTITY leak SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<ExternalClientApplication xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
                + "    <label>&leak;</label>\n</ExternalClientApplication>\n";
        Path file = tmp.resolve("Evil.eca-meta.xml");
        Files.writeString(file, xxe);
        assertThatThrownBy(() -> MetadataXml.read(file))
                .isInstanceOf(EcaXmlException.class)
                .hasMessageContaining("Evil.eca-meta.xml:2:")
                .hasMessageContaining("DOCTYPE declarations are not allowed")
                .satisfies(e -> assertThat(stackText(e)).doesNotContain("TOP-SECRET-CONTENT"));
    }

    @Test
    void entityExpansionBombIsRefused() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE l [ <!ENTITY a \"aaaaaaaaaa\">");
        for (int i = 1; i < 10; i++) {
            b.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        b.append("]>\n<ExternalClientApplication xmlns=\"http://soap.sforce.com/2006/04/metadata\"><label>&a9;</label>"
                + "</ExternalClientApplication>");
        assertThatThrownBy(() -> MetadataXml.read(Paths.get("Bomb.eca-meta.xml"),
                        b.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EcaXmlException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ExternalClientApplication xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
                + "    <label>X</lable>\n</ExternalClientApplication>\n";
        assertThatThrownBy(() -> read("X.eca-meta.xml", text, ExternalClientApplication.class))
                .isInstanceOf(EcaXmlException.class)
                .hasMessageContaining("X.eca-meta.xml:3:")
                .hasMessageContaining("malformed XML")
                .satisfies(e -> assertThat(((EcaXmlException) e).line()).isEqualTo(3));
    }

    @Test
    void wrongNamespaceIsExplained() {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExternalClientApplication>\n"
                + "    <label>X</label>\n</ExternalClientApplication>\n";
        assertThatThrownBy(() -> read("X.eca-meta.xml", text, ExternalClientApplication.class))
                .isInstanceOf(EcaXmlException.class)
                .hasMessageContaining("X.eca-meta.xml:2:1:")
                .hasMessageContaining("xmlns=\"http://soap.sforce.com/2006/04/metadata\"");
    }

    @Test
    void wrongRootForTheSuffixIsExplained() {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ExtlClntAppOauthSettings xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
                + "    <externalClientApplication>X</externalClientApplication>\n</ExtlClntAppOauthSettings>\n";
        assertThatThrownBy(() -> read("X_glbloauth.ecaGlblOauth-meta.xml", text, ExtlClntAppGlobalOauthSettings.class))
                .isInstanceOf(EcaXmlException.class)
                .hasMessageContaining("a .ecaGlblOauth file must have the root element <ExtlClntAppGlobalOauthSettings>");
    }

    @Test
    void writesNothingForAbsentOptionalFields() {
        ExternalClientApplication app = new ExternalClientApplication();
        app.setLabel("L");
        assertThat(MetadataXml.toXml(app)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                    <label>L</label>
                </ExternalClientApplication>
                """);
    }

    private <T extends MetadataComponent> MetadataDocument<T> read(String name, String text, Class<T> type)
            throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return MetadataXml.read(file, type);
    }

    private static String stackText(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t).append('\n');
        }
        return b.toString();
    }

}
