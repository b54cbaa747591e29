package io.github.ecamaven.eca.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.credentials.RotationState.Step;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RotationTest {

    @TempDir
    Path dir;

    FakeOrg org;
    RecordingDestination destination;
    RecordingLog log;
    Path state;

    @BeforeEach
    void setUp() {
        org = new FakeOrg();
        destination = new RecordingDestination(org);
        destination.key = org.key;
        destination.secret = org.secret;
        log = new RecordingLog();
        state = dir.resolve("target/eca/rotation.json");
    }

    private Rotation rotation() {
        return new Rotation(new OrgCredentialsApi(org, "66.0", "it"), destination, state, "Nango_Integration", "it",
                log);
    }

    @Test
    void theDestinationHoldsTheNewPairBeforeThePromotionAndTheOldPairStaysValid() throws Exception {
        String oldKey = org.key;
        String newKey = rotation().rotate(false);

        assertThat(newKey).isEqualTo("3MVG9.STAGED.KEY.1");
        assertThat(org.key).isEqualTo(newKey);
        assertThat(destination.key).isEqualTo(newKey);
        assertThat(destination.secret).isEqualTo(org.secret);
        // delivered while the org still had the old primary pair, i.e. before the promotion
        assertThat(destination.events).containsExactly("deliver " + newKey + " while org primary " + oldKey,
                "confirm " + newKey);
        assertThat(org.stagedState).isEqualTo("Rotated");
        assertThat(org.stagedKey).isEqualTo(oldKey);
        assertThat(org.calls).noneMatch(c -> c.startsWith("DELETE"));
        assertThat(org.calls).allMatch(c -> !c.contains("v6")); // paths are relative to the API version
        assertThat(state).doesNotExist();
        assertThat(log.text()).contains("stays valid").doesNotContain("PRIMARY-SECRET").doesNotContain("STAGED-SECRET");
    }

    @Test
    void revokeOldDeletesTheRotatedPair() throws Exception {
        rotation().rotate(true);

        assertThat(org.stagedId).isNull();
        assertThat(org.calls).anyMatch(c -> c.startsWith("DELETE ") && c.contains("/staged/0xM"));
        assertThat(log.text()).contains("Revoked the old pair");
    }

    @ParameterizedTest
    @ValueSource(strings = {"deliver", "confirm", "promote"})
    void aFailureBeforeThePromotionDeletesTheStagedPairAndRestoresTheDestination(String step) {
        String oldKey = org.key;
        String oldSecret = org.secret;
        if (step.equals("promote")) {
            org.failOn("promote", c -> c.startsWith("PATCH"));
        } else {
            destination.failOn = step;
        }

        assertThatThrownBy(() -> rotation().rotate(false)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("was rolled back").hasMessageContaining("staged pair deleted");

        assertThat(org.stagedId).as("staged pair deleted").isNull();
        assertThat(org.key).isEqualTo(oldKey);
        assertThat(destination.key).isEqualTo(oldKey);
        assertThat(destination.secret).isEqualTo(oldSecret);
        assertThat(state).doesNotExist();
    }

    @Test
    void aFailedStagingChangesNothing() {
        org.failOn("stage", c -> c.startsWith("POST"));

        assertThatThrownBy(() -> rotation().rotate(false)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("could not stage new credentials").hasMessageContaining("HTTP 500");
        assertThat(destination.events).isEmpty();
        assertThat(state).doesNotExist();
    }

    @Test
    void aDestinationTheRotationCreatedIsRemovedOnRollback() {
        destination.key = null;
        destination.failOn = "confirm";

        assertThatThrownBy(() -> rotation().rotate(false)).hasMessageContaining("was rolled back");
        assertThat(destination.events).last().isEqualTo("remove");
        assertThat(destination.exists()).isFalse();
    }

    @Test
    void anInterruptedRotationResumesWithTheStagedPair() throws Exception {
        org.send("POST", "services/data/v65.0/apps/oauth/credentials/" + FakeOrg.APP_ID + "/" + FakeOrg.CONSUMER
                + "/staged", "{}");
        Files.createDirectories(state.getParent());
        new RotationState("Nango_Integration", "it", FakeOrg.APP_ID, FakeOrg.CONSUMER, org.stagedId, "test destination",
                true, Step.STAGED, Instant.now().toString()).write(state);
        org.calls.clear();

        String newKey = rotation().rotate(false);

        assertThat(log.text()).contains("Resuming the rotation of Nango_Integration").contains("last step done: STAGED");
        assertThat(newKey).isEqualTo("3MVG9.STAGED.KEY.1");
        assertThat(org.key).isEqualTo(newKey);
        assertThat(destination.key).isEqualTo(newKey);
        assertThat(org.calls).noneMatch(c -> c.startsWith("POST")); // nothing staged twice
        assertThat(state).doesNotExist();
    }

    @Test
    void anInterruptedRotationWhoseStagedPairIsGoneRollsBack() throws Exception {
        String oldKey = org.key;
        destination.key = "3MVG9.STAGED.KEY.9"; // it got the staged pair before the interruption
        new RotationState("Nango_Integration", "it", FakeOrg.APP_ID, FakeOrg.CONSUMER, "0xM000000000009AAA",
                "test destination", true, Step.DELIVERED, Instant.now().toString()).write(state);

        assertThatThrownBy(() -> rotation().rotate(false)).hasMessageContaining("interrupted rotation")
                .hasMessageContaining("rolled back");
        assertThat(destination.key).isEqualTo(oldKey);
        assertThat(state).doesNotExist();
    }

    @Test
    void aRotationAfterThePromotionOnlyRevokes() throws Exception {
        rotation().rotate(false);
        new RotationState("Nango_Integration", "it", FakeOrg.APP_ID, FakeOrg.CONSUMER, org.stagedId, "test destination",
                true, Step.PROMOTED, Instant.now().toString()).write(state);
        org.calls.clear();

        rotation().rotate(true);

        assertThat(org.calls).noneMatch(c -> c.startsWith("POST") || c.startsWith("PATCH"));
        assertThat(org.stagedId).isNull();
    }

    @Test
    void aStagedCredentialSomeoneElseMadeIsReportedNotReplaced() throws Exception {
        org.send("POST", "services/data/v65.0/apps/oauth/credentials/" + FakeOrg.APP_ID + "/" + FakeOrg.CONSUMER
                + "/staged", "{}");
        String theirs = org.stagedId;

        assertThatThrownBy(() -> rotation().rotate(true)).hasMessageContaining("already has a staged credential " + theirs)
                .hasMessageContaining("state Active").hasMessageContaining("not replaced");
        assertThat(org.stagedId).isEqualTo(theirs);
    }

    @Test
    void theOldPairOfAnEarlierRotationBlocksUnlessRevoking() throws Exception {
        rotation().rotate(false);

        assertThatThrownBy(() -> rotation().rotate(false)).hasMessageContaining("state Rotated")
                .hasMessageContaining("-Deca.rotateCredentials.revokeOld=true");
        String second = rotation().rotate(true);
        assertThat(second).isEqualTo("3MVG9.STAGED.KEY.2");
    }

    @Test
    void aStateOfAnotherAppIsNotTouched() throws Exception {
        new RotationState("Other_App", "it", "x", "y", "z", "d", true, Step.STAGED, "t").write(state);

        assertThatThrownBy(() -> rotation().rotate(false)).hasMessageContaining("unfinished rotation of Other_App");
        assertThat(org.calls).isEmpty();
    }
}
