package io.github.ecamaven.eca.it.standin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * sf's login files for a further stand-in org of an IT, derived from the first org's instead of a second
 * {@code sf org login access-token} (about a second of CPU each, on a build whose two cores are busy). The orgs of one
 * IT accept one session, so the encrypted access token in the first org's file ({@code <HOME>/.sfdx/<username>.json},
 * encrypted with the HOME's key) is valid for every org of the IT; what differs per org is written here: username,
 * org id, instance and login URL, the flags sf keeps, and the alias in {@code <HOME>/.sfdx/alias.json}. Every
 * IT still makes its first login with the real sf, and {@code MultiOrgWithRealSfTest} logs sf in to each org.
 */
final class SfLoginFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SfLoginFiles() {
    }

    static Path authFile(Path sfHome, String username) {
        return sfHome.resolve(".sfdx").resolve(username + ".json");
    }

    static boolean exists(Path sfHome, String username) {
        return Files.isRegularFile(authFile(sfHome, username));
    }

    /** Writes the login file of {@code org} (alias {@code alias}) from the one of {@code fromUsername}. */
    static void copy(Path sfHome, String fromUsername, StandInOrg org, String alias, boolean sandbox) {
        try {
            ObjectNode auth = (ObjectNode) JSON.readTree(authFile(sfHome, fromUsername).toFile());
            String url = org.instanceUrl().replaceAll("/*$", "/");
            auth.put("username", org.username());
            auth.put("orgId", org.orgId());
            auth.put("instanceUrl", url);
            auth.put("loginUrl", url);
            auth.put("isDevHub", false);
            auth.put("isSandbox", sandbox);
            write(authFile(sfHome, org.username()), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(auth));
            Path aliases = sfHome.resolve(".sfdx").resolve("alias.json");
            ObjectNode a = Files.isRegularFile(aliases) ? (ObjectNode) JSON.readTree(aliases.toFile())
                    : JSON.createObjectNode();
            (a.has("orgs") ? (ObjectNode) a.get("orgs") : a.putObject("orgs")).put(alias, org.username());
            write(aliases, JSON.writeValueAsString(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
