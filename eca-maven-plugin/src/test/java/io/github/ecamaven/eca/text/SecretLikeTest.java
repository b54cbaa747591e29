package io.github.ecamaven.eca.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.TypeSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretLikeTest {

    @Test
    void namesCloseToASecretsAreSecretLikeInAnyCaseWithPrefixesAndMisspellings() {
        assertThat(List.of("consumerSecret", "consumersecret", "ConsumerSecret", "CONSUMER_SECRET", "md:consumerSecret",
                "oauthConsumerSecret", "consumerSecert", "consumerScret", "clientSecret", "secret", "Secrets",
                "privateKey", "private_key", "privatKey", "password", "Password", "pasword", "passwrod", "passwd",
                "newPassword", "token", "accessToken", "refresh_token", "tokne", "apiKey", "passphrase",
                "installationKey", "oauthConfig/consumerSecret", "globalOauth.consumerSecret[2]"))
                .allMatch(SecretLike::isSecretName);
    }

    @Test
    void flagsAboutSecretsAndOrdinaryNamesAreNot() {
        assertThat(List.of("isConsumerSecretOptional", "isSecretRequiredForRefreshToken", "isIntrospectAllTokens",
                "consumerKey", "certificate", "key", "label", "refreshTokenValidityUnit", "idTokenConfig",
                "assetTokenAudiences", "isBroken", "broken", "spoken", "passport", "description", "callbackUrl",
                "passwordPolicies", "keyPrefix", "secretary", "tokenExchangeHandler", "oauthConfig/isSecretRequired",
                "idTokenConfig.idTokenAudience", ""))
                .noneMatch(SecretLike::isSecretName);
    }

    @Test
    void theSecretsOfTheEcaSchemaAndNothingElseAreSecretLike() {
        List<String> flagged = new ArrayList<>();
        for (TypeSpec t : EcaSchema.types()) {
            t.fieldNames().stream().filter(SecretLike::isSecretName).forEach(n -> flagged.add(t.name() + "." + n));
        }
        assertThat(flagged).containsExactlyInAnyOrder("ExtlClntAppGlobalOauthSettings.consumerSecret",
                "ExtlClntAppApplePushConfig.password");
    }

    @Test
    void theSecretOfAConnectedAppAndNothingElseIsSecretLike() throws Exception {
        List<String> flagged = new ArrayList<>();
        for (Class<?> c : List.of(io.github.ecamaven.eca.model.connectedapp.ConnectedApp.class,
                io.github.ecamaven.eca.model.connectedapp.ConnectedAppOauthConfig.class,
                io.github.ecamaven.eca.model.connectedapp.ConnectedAppOauthPolicy.class,
                io.github.ecamaven.eca.model.connectedapp.ConnectedAppOauthAssetToken.class,
                io.github.ecamaven.eca.model.connectedapp.ConnectedAppOauthIdToken.class,
                io.github.ecamaven.eca.model.connectedapp.ConnectedAppMobileDetailConfig.class,
                io.github.ecamaven.eca.model.connectedapp.ConnectedAppSamlConfig.class,
                io.github.ecamaven.eca.model.connectedapp.ConnectedAppCanvasConfig.class,
                io.github.ecamaven.eca.model.connectedapp.ConnectedAppSessionPolicy.class,
                io.github.ecamaven.eca.model.connectedapp.ConnectedAppAttribute.class,
                io.github.ecamaven.eca.model.connectedapp.ConnectedAppIpRange.class)) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                var x = f.getAnnotation(jakarta.xml.bind.annotation.XmlElement.class);
                if (x != null && SecretLike.isSecretName(x.name())) {
                    flagged.add(c.getSimpleName() + "." + x.name());
                }
            }
        }
        assertThat(flagged).containsExactly("ConnectedAppOauthConfig.consumerSecret");
    }

    @Test
    void pemPrivateKeysAreKeyMaterialCertificatesAreNot() throws Exception {
        assertThat(SecretLike.keyMaterial("x\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"))
                .isEqualTo(new SecretLike.KeyMaterial(2, "PEM block '-----BEGIN RSA PRIVATE KEY-----'"));
        assertThat(SecretLike.hasKeyMaterial("-----BEGIN OPENSSH PRIVATE KEY-----")).isTrue();
        assertThat(SecretLike.hasKeyMaterial("-----BEGIN PGP PRIVATE KEY BLOCK-----")).isTrue();
        String cert = Files.readString(Path.of("src/test/resources/generate/jwt-test.crt"));
        assertThat(SecretLike.hasKeyMaterial(cert)).isFalse();
        assertThat(SecretLike.hasKeyMaterial(cert.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "")))
                .as("a certificate's base64 without armour").isFalse();
    }

    @Test
    void unarmouredPrivateKeysInBase64OrDerAreKeyMaterialPublicKeysAreNot() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        var pair = rsa.generateKeyPair();
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        String b64 = Base64.getEncoder().encodeToString(pkcs8);
        assertThat(SecretLike.keyMaterial("<certificate>" + b64 + "</certificate>"))
                .isEqualTo(new SecretLike.KeyMaterial(13, "base64 DER private key"));
        assertThat(SecretLike.hasKeyMaterial("key:\n" + Base64.getMimeEncoder().encodeToString(pkcs8))).isTrue();
        assertThat(SecretLike.hasKeyMaterial(pkcs8)).as("raw DER bytes").isTrue();
        assertThat(SecretLike.hasKeyMaterial(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())))
                .isFalse();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        assertThat(SecretLike.hasKeyMaterial(Base64.getEncoder().encodeToString(
                ec.generateKeyPair().getPrivate().getEncoded()))).isTrue();
        assertThat(SecretLike.hasKeyMaterial("M" + "a".repeat(500))).isFalse();
        assertThat(SecretLike.hasKeyMaterial(b64.substring(0, b64.length() / 2))).as("a cut key holds no key")
                .isFalse();
    }

    @Test
    void maskedShowsLengthAndAShortDigestNeverTheValue() {
        String v = "s3cr3t-value-of-41-characters-xxxxxxxxxxx";
        assertThat(v).hasSize(41);
        String m = SecretLike.masked(v);
        assertThat(m).matches("<41 characters, sha256 [0-9a-f]{8}>").doesNotContain(v);
        assertThat(SecretLike.masked(v)).isEqualTo(m);
        assertThat(SecretLike.shown("ConsumerSecret", v)).isEqualTo(m);
        assertThat(SecretLike.shown("label", v)).isEqualTo(v);
        assertThat(SecretLike.shown("useTokens", "true")).as("a flag, whatever its name").isEqualTo("true");
        assertThat(SecretLike.shown("password", "1234")).isEqualTo(SecretLike.masked("1234"));
        assertThat(SecretLike.shown("label", "-----BEGIN PRIVATE KEY-----")).startsWith("<27 characters, sha256 ");
    }
}
