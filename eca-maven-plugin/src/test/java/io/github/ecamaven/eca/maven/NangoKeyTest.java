package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.credentials.CredentialsRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where eca:credentials takes Nango's API key: the environment variable it names, read like an installation key. */
class NangoKeyTest {

    @TempDir
    Path project;

    private CredentialsMojo mojo(String to) {
        CredentialsMojo mojo = new CredentialsMojo();
        Mojos.set(mojo, "projectDirectory", project.toFile());
        Mojos.set(mojo, "credentialsDestination", to);
        Mojos.set(mojo, "nangoIntegration", "salesforce");
        Mojos.set(mojo, "nangoSecretKeyEnv", "NANGO_SECRET_KEY");
        Mojos.set(mojo, "credentialsFile", new File(""));
        mojo.environment = Map.of("NANGO_SECRET_KEY", " nango-key-from-env \n", "BLANK", " ")::get;
        return mojo;
    }

    @Test
    void theKeyComesFromTheNamedVariableStripped() throws Exception {
        CredentialsRequest r = mojo("nango").request(false);
        assertThat(r.nangoKey().reveal()).isEqualTo("nango-key-from-env");
        assertThat(r.nangoKeySource()).isEqualTo("the environment variable NANGO_SECRET_KEY");
    }

    @Test
    void aBlankVariableIsNoKeyAndOtherDestinationsReadNone() throws Exception {
        CredentialsMojo blank = mojo("nango");
        Mojos.set(blank, "nangoSecretKeyEnv", "BLANK");
        assertThat(blank.request(false).nangoKey()).isNull();
        assertThat(mojo("env-file").request(false).nangoKey()).as("the key is read only for Nango").isNull();
    }
}
