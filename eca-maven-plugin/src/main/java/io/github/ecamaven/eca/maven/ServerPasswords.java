package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.sf.Secret;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** Secrets kept as settings.xml server passwords (may be encrypted), for the goals that take a key from there. */
final class ServerPasswords {

    private ServerPasswords() {}

    /** The password of server {@code id}, decrypted; errors name the property that named the server. */
    static Secret of(Settings settings, SettingsDecrypter decrypter, String id, String property)
            throws MojoExecutionException {
        Server s = settings == null ? null : settings.getServer(id);
        if (s == null) {
            throw new MojoExecutionException(property + " names the server '" + id + "', which settings.xml does not"
                    + " have; add <server><id>" + id + "</id><password>…</password></server>");
        }
        SettingsDecryptionResult r = decrypter.decrypt(new DefaultSettingsDecryptionRequest(s));
        for (SettingsProblem p : r.getProblems()) {
            if (p.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("cannot decrypt the password of server '" + id + "' in settings.xml;"
                        + " encrypt it again with 'mvn --encrypt-password' under the master password of"
                        + " settings-security.xml");
            }
        }
        String value = r.getServer() == null ? null : r.getServer().getPassword();
        if (value == null || value.isEmpty()) {
            throw new MojoExecutionException("server '" + id + "' in settings.xml has no password; add"
                    + " <password>…</password> to it");
        }
        return Secret.of(value);
    }
}
