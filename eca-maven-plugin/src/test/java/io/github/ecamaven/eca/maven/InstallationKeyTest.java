package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.testing.FakeSfCli;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.apache.maven.api.di.Provides;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where an installation key comes from: an environment variable or a settings.xml server password, never the POM.
 * eca:package-version-create as the harness builds it, with {@link #decrypter} as Maven's {@link SettingsDecrypter}.
 */
@ExtendWith(GoalExtension.class)
class InstallationKeyTest {

    private final FakeDecrypter decrypter = new FakeDecrypter();

    /** The decrypter the goal is given in place of Maven's. */
    @Provides
    SettingsDecrypter decrypter() {
        return decrypter;
    }

    private static PackageVersionCreateMojo mojo(Goals goals) {
        PackageVersionCreateMojo mojo = goals.goal("package-version-create");
        mojo.environment = Map.of("ECA_KEY", "s3cret-from-env", "EMPTY", "")::get;
        return mojo;
    }

    @Test
    void neitherNamedMeansNoKey(Goals goals) throws Exception {
        assertThat(mojo(goals).installationKey()).isNull();
    }

    @Test
    void fromTheNamedEnvironmentVariable(Goals goals) throws Exception {
        goals.property(PropertyNames.INSTALLATION_KEY_ENV, " ECA_KEY ");
        assertThat(mojo(goals).installationKey().reveal()).isEqualTo("s3cret-from-env");
    }

    @Test
    void anUnsetOrEmptyVariableIsAnErrorNamingIt(Goals goals) {
        for (String name : List.of("NOT_SET", "EMPTY")) {
            PackageVersionCreateMojo mojo = mojo(goals.property(PropertyNames.INSTALLATION_KEY_ENV, name));
            assertThatThrownBy(mojo::installationKey).isInstanceOf(MojoExecutionException.class)
                    .hasMessage("eca.installationKeyEnv names the environment variable " + name
                            + ", which is not set or empty; set it where the build runs (never in the POM)");
        }
    }

    @Test
    void fromAnEncryptedServerPasswordDecryptedByMaven(Goals goals) throws Exception {
        goals.property(PropertyNames.INSTALLATION_KEY_SERVER, "nango-package-key").server("other", "x")
                .server("nango-package-key", "{ENCRYPTED}");
        decrypter.plain = "s3cret-from-settings";
        assertThat(mojo(goals).installationKey().reveal()).isEqualTo("s3cret-from-settings");
        assertThat(decrypter.asked).containsExactly("nango-package-key:{ENCRYPTED}");
    }

    @Test
    void aWarningOfTheDecrypterDoesNotStopIt(Goals goals) throws Exception {
        goals.property(PropertyNames.INSTALLATION_KEY_SERVER, "k").server("k", "{ENCRYPTED}");
        decrypter.plain = "plain";
        decrypter.problem = SettingsProblem.Severity.WARNING;
        assertThat(mojo(goals).installationKey().reveal()).isEqualTo("plain");
    }

    @Test
    void anUndecryptablePasswordIsAnErrorWithoutTheValue(Goals goals) {
        goals.property(PropertyNames.INSTALLATION_KEY_SERVER, "k").server("k", "{ENCRYPTED}");
        decrypter.problem = SettingsProblem.Severity.ERROR;
        assertThatThrownBy(mojo(goals)::installationKey).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("cannot decrypt the password of server 'k' in settings.xml; ");
    }

    @Test
    void aMissingServerSaysWhatToAdd(Goals goals) {
        goals.property(PropertyNames.INSTALLATION_KEY_SERVER, "k").server("other", "x");
        assertThatThrownBy(mojo(goals)::installationKey).isInstanceOf(MojoExecutionException.class)
                .hasMessage("eca.installationKeyServer names the server 'k', which settings.xml does not have; add"
                        + " <server><id>k</id><password>…</password></server>");
    }

    @Test
    void aServerWithoutPasswordSaysSo(Goals goals) {
        goals.property(PropertyNames.INSTALLATION_KEY_SERVER, "k").server("k", null);
        assertThatThrownBy(mojo(goals)::installationKey).isInstanceOf(MojoExecutionException.class)
                .hasMessage("server 'k' in settings.xml has no password; add <password>…</password> to it");
    }

    @Test
    void bothNamedIsAnError(Goals goals) {
        goals.property(PropertyNames.INSTALLATION_KEY_ENV, "ECA_KEY").property(PropertyNames.INSTALLATION_KEY_SERVER,
                "k");
        assertThatThrownBy(mojo(goals)::installationKey).isInstanceOf(ConfigurationException.class)
                .hasMessage("both eca.installationKeyEnv and eca.installationKeyServer are set; set only one of them");
        PackageVersionCreateMojo mojo = mojo(goals);
        mojo.sf = new FakeSfCli(); // a call would fail the test
        assertThatThrownBy(mojo::execute).as("a configuration conflict fails the build").isInstanceOf(
                MojoFailureException.class).hasMessage("eca:package-version-create: both eca.installationKeyEnv and"
                        + " eca.installationKeyServer are set; set only one of them");
    }

    @Test
    void versionCreateWantsExactlyOneOfKeyAndBypassBeforeRunningSf(Goals goals) {
        PackageVersionCreateMojo neither = mojo(goals); // eca.wait's default, 0
        neither.sf = new FakeSfCli(); // a call would fail the test
        assertThatThrownBy(neither::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:package-version-create: neither an installation key nor"
                        + " eca.packageVersionCreate.installationKeyBypass=true is given, and sf demands exactly one:"
                        + " give -Deca.installationKeyEnv=<ENV_VAR>,");
        PackageVersionCreateMojo both = mojo(goals.property(PropertyNames.INSTALLATION_KEY_ENV, "ECA_KEY")
                .property(PropertyNames.PACKAGE_VERSION_CREATE_INSTALLATION_KEY_BYPASS, "true"));
        both.sf = new FakeSfCli();
        assertThatThrownBy(both::execute).isInstanceOf(MojoFailureException.class)
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
