package io.github.ecamaven.eca.model.connectedapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConnectedAppXmlTest {

    static final String APP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                <!-- kept -->
                <contactEmail>ops@example.org</contactEmail>
                <label>Order Sync</label>
                <oauthConfig>
                    <callbackUrl>https://a.example.org/cb
            https://b.example.org/cb</callbackUrl>
                    <idTokenConfig>
                        <idTokenIncludeCustomPerms>true</idTokenIncludeCustomPerms>
                        <idTokenValidity>5</idTokenValidity>
                    </idTokenConfig>
                    <isAdminApproved>true</isAdminApproved>
                    <scopes>Api</scopes>
                    <scopes>SFAP</scopes>
                    <scopes>NotAScope</scopes>
                </oauthConfig>
                <oauthPolicy>
                    <ipRelaxation>ENFORCE_RELAXREFRESH</ipRelaxation>
                    <refreshTokenPolicy>specific_inactivity:7:DAYS</refreshTokenPolicy>
                </oauthPolicy>
                <permissionSetName>Order Sync Access</permissionSetName>
                <profileName>System Administrator</profileName>
                <sessionPolicy>
                    <sessionTimeout>15</sessionTimeout>
                </sessionPolicy>
            </ConnectedApp>
            """;

    @Test
    void readsEveryLevelOfTheModel() throws Exception {
        MetadataDocument<ConnectedApp> doc = read("Order_Sync.connectedApp-meta.xml", APP);
        ConnectedApp app = doc.model();
        assertThat(app.getLabel()).isEqualTo("Order Sync");
        assertThat(app.getContactEmail()).isEqualTo("ops@example.org");
        assertThat(app.getOauthConfig().getCallbackUrl()).isEqualTo("https://a.example.org/cb\nhttps://b.example.org/cb");
        assertThat(app.getOauthConfig().getScopes()).containsExactly("Api", "SFAP", "NotAScope");
        assertThat(app.getOauthConfig().getIsAdminApproved()).isTrue();
        assertThat(app.getOauthConfig().getIdTokenConfig().getIdTokenValidity()).isEqualTo(5);
        assertThat(app.getOauthPolicy().getRefreshTokenPolicy()).isEqualTo("specific_inactivity:7:DAYS");
        assertThat(app.getPermissionSetName()).containsExactly("Order Sync Access");
        assertThat(app.getProfileName()).containsExactly("System Administrator");
        assertThat(app.getSessionPolicy().getSessionTimeout()).isEqualTo(15);
    }

    @Test
    void writesBackByteIdenticalAndKeepsPositions() throws Exception {
        MetadataDocument<ConnectedApp> doc = read("Order_Sync.connectedApp", APP);
        assertThat(new String(doc.toBytes(), StandardCharsets.UTF_8)).isEqualTo(APP);
        assertThat(MetadataDocument.positionOf(doc.element("oauthPolicy")).line()).isEqualTo(18);
    }

    @Test
    void packagedShapeReadsAndKeepsTheElementsTheWsdlLacks() throws Exception {
        String packaged = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                    <developerName>acme__Sync</developerName>
                    <label>Sync</label>
                    <version>3</version>
                </ConnectedApp>
                """;
        MetadataDocument<ConnectedApp> doc = read("Sync.connectedApp-meta.xml", packaged);
        assertThat(doc.text("developerName")).isEqualTo("acme__Sync");
        assertThat(new String(doc.toBytes(), StandardCharsets.UTF_8)).isEqualTo(packaged);
    }

    @Test
    void refusesADoctype() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\"><label>&e;</label></ConnectedApp>";
        assertThatThrownBy(() -> read("X.connectedApp-meta.xml", evil)).isInstanceOf(EcaXmlException.class);
    }

    private static MetadataDocument<ConnectedApp> read(String name, String xml) throws Exception {
        Path file = Path.of(name);
        MetadataDocument<?> doc = MetadataXml.read(file, xml.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.model()).isInstanceOf(ConnectedApp.class);
        @SuppressWarnings("unchecked")
        MetadataDocument<ConnectedApp> typed = (MetadataDocument<ConnectedApp>) doc;
        return typed;
    }
}
