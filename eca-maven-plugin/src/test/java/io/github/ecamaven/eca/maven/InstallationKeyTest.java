package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.failure.ConfigurationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** Where an installation key comes from: an environment variable or a settings.xml server password, never the POM. */
class InstallationKeyTest {

    private final PackageVersionCreateMojo mojo = new PackageVersionCreateMojo();
    private final FakeDecrypter decrypter = new FakeDecrypter();

    InstallationKeyTest() {
        Mojos.set(mojo, "settingsDecrypter", decrypter);
        mojo.environment = Map.of("ECA_KEY", "s3cret-from-env", "EMPTY", "")::get;
    }

    private static Settings settingsWith(Server... servers) {
        Settings s = new Settings();
        for (Server server : servers) {
            s.addServer(server);
        }
        return s;
    }

    private static Server server(String id, String password) {
        Server s = new Server();
        s.setId(id);
        s.setPassword(password);
        return s;
    }

    @Test
    void neitherNamedMeansNoKey() throws Exception {
        assertThat(mojo.installationKey()).isNull();
    }

    @Test
    void fromTheNamedEnvironmentVariable() throws Exception {
        Mojos.set(mojo, "installationKeyEnv", " ECA_KEY ");
        assertThat(mojo.installationKey().reveal()).isEqualTo("s3cret-from-env");
    }

    @Test
    void anUnsetOrEmptyVariableIsAnErrorNamingIt() {
        for (String name : List.of("NOT_SET", "EMPTY")) {
            Mojos.set(mojo, "installationKeyEnv", name);
            assertThatThrownBy(mojo::installationKey).isInstanceOf(MojoExecutionException.class)
                    .hasMessage("eca.installationKeyEnv names the environment variable " + name
                            + ", which is not set or empty; set it where the build runs (never in the POM)");
        }
    }

    @Test
    void fromAnEncryptedServerPasswordDecryptedByMaven() throws Exception {
        Mojos.set(mojo, "installationKeyServer", "nango-package-key");
        Mojos.set(mojo, "settings", settingsWith(server("other", "x"), server("nango-package-key", "{ENCRYPTED}")));
        decrypter.plain = "s3cret-from-settings";
        assertThat(mojo.installationKey().reveal()).isEqualTo("s3cret-from-settings");
        assertThat(decrypter.asked).containsExactly("nango-package-key:{ENCRYPTED}");
    }

    @Test
    void aWarningOfTheDecrypterDoesNotStopIt() throws Exception {
        Mojos.set(mojo, "installationKeyServer", "k");
        Mojos.set(mojo, "settings", settingsWith(server("k", "{ENCRYPTED}")));
        decrypter.plain = "plain";
        decrypter.problem = SettingsProblem.Severity.WARNING;
        assertThat(mojo.installationKey().reveal()).isEqualTo("plain");
    }

    @Test
    void anUndecryptablePasswordIsAnErrorWithoutTheValue() {
        Mojos.set(mojo, "installationKeyServer", "k");
        Mojos.set(mojo, "settings", settingsWith(server("k", "{ENCRYPTED}")));
        decrypter.problem = SettingsProblem.Severity.ERROR;
        assertThatThrownBy(mojo::installationKey).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("cannot decrypt the password of server 'k' in settings.xml; ");
    }

    @Test
    void aMissingServerOrPasswordSaysWhatToAdd() {
        Mojos.set(mojo, "installationKeyServer", "k");
        Mojos.set(mojo, "settings", settingsWith(server("other", "x")));
        assertThatThrownBy(mojo::installationKey).isInstanceOf(MojoExecutionException.class)
                .hasMessage("eca.installationKeyServer names the server 'k', which settings.xml does not have; add"
                        + " <server><id>k</id><password>…</password></server>");
        Mojos.set(mojo, "settings", settingsWith(server("k", null)));
        assertThatThrownBy(mojo::installationKey).isInstanceOf(MojoExecutionException.class)
                .hasMessage("server 'k' in settings.xml has no password; add <password>…</password> to it");
    }

    @Test
    void bothNamedIsAnError() {
        Mojos.set(mojo, "installationKeyEnv", "ECA_KEY");
        Mojos.set(mojo, "installationKeyServer", "k");
        assertThatThrownBy(mojo::installationKey).isInstanceOf(ConfigurationException.class)
                .hasMessage("both eca.installationKeyEnv and eca.installationKeyServer are set; set only one of them");
        Mojos.log(mojo);
        Mojos.set(mojo, "wait", "0");
        assertThatThrownBy(mojo::execute).as("a configuration conflict fails the build").isInstanceOf(
                MojoFailureException.class).hasMessage("eca:package-version-create: both eca.installationKeyEnv and"
                        + " eca.installationKeyServer are set; set only one of them");
    }

    @Test
    void versionCreateWantsExactlyOneOfKeyAndBypassBeforeRunningSf() {
        Mojos.log(mojo);
        Mojos.set(mojo, "wait", "0");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:package-version-create: neither an installation key nor"
                        + " eca.packageVersionCreate.installationKeyBypass=true is given, and sf demands exactly one:"
                        + " give -Deca.installationKeyEnv=<ENV_VAR>,");
        Mojos.set(mojo, "installationKeyEnv", "ECA_KEY");
        Mojos.set(mojo, "installationKeyBypass", "true");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:package-version-create: an installation key and"
                        + " eca.packageVersionCreate.installationKeyBypass=true are both given")
                .hasMessageNotContaining("s3cret-from-env");
    }

    /** Maven's decrypter as the mojo sees it: answers with {@link #plain} and, if set, one problem. */
    static final class FakeDecrypter implements SettingsDecrypter {
        String plain;
        SettingsProblem.Severity problem;
        final List<String> asked = new ArrayList<>();

        @Override
        public SettingsDecryptionResult decrypt(SettingsDecryptionRequest request) {
            Server in = request.getServers().get(0);
            asked.add(in.getId() + ":" + in.getPassword());
            Server out = in.clone();
            out.setPassword(plain);
            List<SettingsProblem> problems = problem == null ? List.of() : List.of(problem(problem));
            return new SettingsDecryptionResult() {
                @Override
                public Server getServer() {
                    return out;
                }

                @Override
                public List<Server> getServers() {
                    return List.of(out);
                }

                @Override
                public Proxy getProxy() {
                    return null;
                }

                @Override
                public List<Proxy> getProxies() {
                    return List.of();
                }

                @Override
                public List<SettingsProblem> getProblems() {
                    return problems;
                }
            };
        }

        private static SettingsProblem problem(SettingsProblem.Severity severity) {
            return new SettingsProblem() {
                @Override
                public String getSource() {
                    return "settings.xml";
                }

                @Override
                public int getLineNumber() {
                    return -1;
                }

                @Override
                public int getColumnNumber() {
                    return -1;
                }

                @Override
                public String getLocation() {
                    return "settings.xml";
                }

                @Override
                public Exception getException() {
                    return null;
                }

                @Override
                public String getMessage() {
                    return "cannot decrypt";
                }

                @Override
                public Severity getSeverity() {
                    return severity;
                }
            };
        }
    }
}
