package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.credentials.CredentialsRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where eca:credentials takes Nango's API key: the environment variable it names (by default NANGO_SECRET_KEY, the
 * descriptor's), read like an installation key.
 */
@ExtendWith(GoalExtension.class)
class NangoKeyTest {

    private static CredentialsMojo mojo(Goals goals, String to) {
        CredentialsMojo mojo = goals.property(PropertyNames.CREDENTIALS_DESTINATION, to)
                .property(PropertyNames.NANGO_INTEGRATION, "salesforce").goal("credentials");
        mojo.environment = Map.of("NANGO_SECRET_KEY", " nango-key-from-env \n", "BLANK", " ")::get;
        return mojo;
    }

    @Test
    void theKeyComesFromTheNamedVariableStripped(Goals goals) throws Exception {
        CredentialsRequest r = mojo(goals, "nango").request(false);
        assertThat(r.nangoKey().reveal()).isEqualTo("nango-key-from-env");
        assertThat(r.nangoKeySource()).isEqualTo("the environment variable NANGO_SECRET_KEY");
    }

    @Test
    void aBlankVariableIsNoKeyAndOtherDestinationsReadNone(Goals goals) throws Exception {
        assertThat(mojo(goals, "env-file").request(false).nangoKey()).as("the key is read only for Nango").isNull();
        CredentialsMojo blank = mojo(goals.property(PropertyNames.NANGO_SECRET_KEY_ENV, "BLANK"), "nango");
        assertThat(blank.request(false).nangoKey()).isNull();
    }
}
