package io.github.ecamaven.eca.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.ExtlClntAppOauthConfigurablePolicies;
import io.github.ecamaven.eca.model.MetadataComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Layouts and fields seen in real retrieved and committed files (our own fixtures in {@code real-patterns/}): a
 * field later WSDLs dropped but orgs still emit, a Zero refresh-token policy with period 0 and no unit, a field an
 * org emits one version before the WSDL dates it, prettier and hand formatting (a space before {@code ?>}, tabs,
 * CRLF), callback lists broken over lines. Each is read without unknown elements and written back byte for byte.
 */
class RealPatternsRoundTripTest {

    static Path dir() throws Exception {
        return Paths.get(RealPatternsRoundTripTest.class.getResource("/real-patterns").toURI());
    }

    @Test
    void everyFixtureRoundTripsByteForByte() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir())) {
            files = s.filter(p -> p.toString().endsWith("-meta.xml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path f : files) {
            byte[] original = Files.readAllBytes(f);
            MetadataDocument<MetadataComponent> doc = MetadataXml.read(f, original);
            assertThat(doc.unknownElements()).as("unknown elements in " + f.getFileName()).isEmpty();
            assertThat(new String(doc.toBytes(), StandardCharsets.UTF_8)).as(f.getFileName().toString())
                    .isEqualTo(new String(original, StandardCharsets.UTF_8));
        }
    }

    @Test
    void namedUserJwtFlagOfPoliciesIsModelled() throws Exception {
        Path f = dir().resolve("Booking_Sync_oauthPlcy.ecaOauthPlcy-meta.xml");
        var doc = MetadataXml.read(f, ExtlClntAppOauthConfigurablePolicies.class);
        assertThat(doc.model().getIsNamedUserJwtEnabled()).isFalse();
        doc.model().setIsNamedUserJwtEnabled(true);
        assertThat(new String(MetadataXml.toBytes(doc.model()), StandardCharsets.UTF_8))
                .contains("    <isNamedUserJwtEnabled>true</isNamedUserJwtEnabled>\n"
                        + "    <isTokenExchangeFlowEnabled>false</isTokenExchangeFlowEnabled>");
    }
}
