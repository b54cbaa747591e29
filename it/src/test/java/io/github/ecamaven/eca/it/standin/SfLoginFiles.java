package io.github.ecamaven.eca.it.standin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The files {@code sf org login access-token --alias A [--set-default-dev-hub] [--set-default]} writes, written by the
 * stand-in instead of starting sf for it (about a second of CPU per login, on a build whose two cores are busy): the
 * login file {@code <HOME>/.sfdx/<username>.json} with the access token encrypted as sf encrypts it with the file key
 * of {@code SF_USE_GENERIC_UNIX_KEYCHAIN} ({@code <HOME>/.sfdx/key.json}: AES-256-GCM, the key and a 6-byte IV as hex
 * text, {@code iv ciphertext:tag} in hex), the alias in {@code <HOME>/.sfdx/alias.json}, and the defaults in the
 * project's {@code .sf/config.json} and {@code .sfdx/sfdx-config.json} (HOME's when the folder is no project). The
 * fields are those a real login against the stand-in writes; {@code standin-org-serves-sf} and
 * {@code MultiOrgWithRealSfTest} log in with the real sf and prove that sf reads these files.
 */
final class SfLoginFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** As sf writes {@code instanceApiVersionLastRetrieved} (a JavaScript toLocaleString in en-US). */
    private static final DateTimeFormatter RETRIEVED = DateTimeFormatter.ofPattern("M/d/yyyy, h:mm:ss a", Locale.US);

    private SfLoginFiles() {
    }

    static Path authFile(Path sfHome, String username) {
        return sfHome.resolve(".sfdx").resolve(username + ".json");
    }

    /**
     * Writes the login of {@code org} under {@code alias}.
     *
     * @param cwd the folder sf would have run in: its {@code .sf} config when it holds an sfdx-project.json
     */
    static void write(Path sfHome, Path cwd, StandInOrg org, String alias, boolean defaultDevHub,
            boolean defaultOrg) {
        try {
            Path sfdx = sfHome.resolve(".sfdx");
            Files.createDirectories(sfdx);
            String key = key(sfdx.resolve("key.json"));
            Scenario s = org.scenario();
            String url = org.instanceUrl().replaceAll("/*$", "/");
            Map<String, Object> auth = new LinkedHashMap<>();
            auth.put("username", org.username());
            auth.put("orgId", org.orgId());
            auth.put("accessToken", encrypt(key, org.accessToken()));
            auth.put("instanceUrl", url);
            auth.put("loginUrl", url);
            auth.put("isDevHub", true); // every stand-in org answers the Dev Hub check
            auth.put("instanceApiVersion", "67.0");
            auth.put("instanceApiVersionLastRetrieved", RETRIEVED.format(LocalDateTime.now(ZoneOffset.UTC)));
            auth.put("name", s.orgName());
            auth.put("instanceName", s.sandbox() ? "CS1" : "SI1");
            auth.put("namespacePrefix", s.namespacePrefix());
            auth.put("isSandbox", s.sandbox());
            auth.put("isScratch", false);
            auth.put("trailExpirationDate", null);
            auth.put("orgEdition", "Developer Edition");
            write(authFile(sfHome, org.username()), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(auth));
            merge(sfdx.resolve("alias.json"), "orgs", alias, org.username());
            Path configRoot = Files.isRegularFile(cwd.resolve("sfdx-project.json")) ? cwd : sfHome;
            if (defaultDevHub) {
                merge(configRoot.resolve(".sf/config.json"), null, "target-dev-hub", alias);
                merge(configRoot.resolve(".sfdx/sfdx-config.json"), null, "defaultdevhubusername", alias);
            }
            if (defaultOrg) {
                merge(configRoot.resolve(".sf/config.json"), null, "target-org", alias);
                merge(configRoot.resolve(".sfdx/sfdx-config.json"), null, "defaultusername", alias);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HOME's key (16 random bytes as 32 hex characters, as sf makes it), created when there is none. */
    private static String key(Path keyFile) throws IOException {
        if (Files.isRegularFile(keyFile)) {
            return JSON.readTree(keyFile.toFile()).get("key").asText();
        }
        byte[] k = new byte[16];
        RANDOM.nextBytes(k);
        String key = HexFormat.of().formatHex(k);
        Map<String, String> file = new LinkedHashMap<>();
        file.put("account", "local");
        file.put("key", key);
        file.put("service", "sfdx");
        write(keyFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file));
        // sf refuses a key file others may read (GenericKeychainInvalidPermsError), as it writes it: 600
        Files.setPosixFilePermissions(keyFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return key;
    }

    /** sf's encryption of a secret with a 32-character key: AES-256-GCM, key and IV used as the bytes of their hex. */
    static String encrypt(String key, String text) {
        try {
            byte[] iv = new byte[6];
            RANDOM.nextBytes(iv);
            String ivHex = HexFormat.of().formatHex(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, ivHex.getBytes(StandardCharsets.UTF_8)));
            byte[] out = c.doFinal(text.getBytes(StandardCharsets.UTF_8));
            int n = out.length - 16;
            return ivHex + HexFormat.of().formatHex(out, 0, n) + ":" + HexFormat.of().formatHex(out, n, out.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void merge(Path file, String object, String name, String value) throws IOException {
        ObjectNode root = Files.isRegularFile(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
        ObjectNode target = object == null ? root : root.has(object) ? (ObjectNode) root.get(object)
                : root.putObject(object);
        target.put(name, value);
        write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
