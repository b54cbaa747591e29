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
        assertThat(destination.events).containsExactly("deliver " + newKey + " while org primary " + oldKey
                        + " and staged " + newKey + " Active",
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
        assertThat(destination.held()).isNull();
    }

    @Test
    void anInterruptedRotationResumesWithTheStagedPair() throws Exception {
        org.send("POST", "services/data/v65.0/apps/oauth/credentials/" + FakeOrg.APP_ID + "/" + FakeOrg.CONSUMER
                + "/staged", "{}");
        Files.createDirectories(state.getParent());
        new RotationState("Nango_Integration", "it", FakeOrg.APP_ID, FakeOrg.CONSUMER, "test destination", "", true, Step.STAGED, Instant.now().toString(), null, null, null,
                org.stagedId, null, null).write(state);
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
        new RotationState("Nango_Integration", "it", FakeOrg.APP_ID, FakeOrg.CONSUMER, "test destination", "", true, Step.DELIVERED, Instant.now().toString(), null, null, null,
                "0xM000000000009AAA", null, null).write(state);

        assertThatThrownBy(() -> rotation().rotate(false)).hasMessageContaining("interrupted rotation")
                .hasMessageContaining("rolled back");
        assertThat(destination.key).isEqualTo(oldKey);
        assertThat(state).doesNotExist();
    }

    @Test
    void aRotationAfterThePromotionOnlyRevokes() throws Exception {
        rotation().rotate(false);
        new RotationState("Nango_Integration", "it", FakeOrg.APP_ID, FakeOrg.CONSUMER, "test destination", "", true, Step.PROMOTED, Instant.now().toString(), null, null, null,
                org.stagedId, null, null).write(state);
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
        new RotationState("Other_App", "it", "x", "y", "d", "", true, Step.STAGED, "t", null, null, null,
                "z", null, null).write(state);

        assertThatThrownBy(() -> rotation().rotate(false)).hasMessageContaining("unfinished rotation of Other_App");
        assertThat(org.calls).isEmpty();
    }

    private String run(boolean revokeOld) throws Exception {
        return rotation().rotate(revokeOld);
    }

    @Test
    void aPromotionThatTookEffectButAnswered500IsFinishedNotRolledBack() throws Exception {
        String oldKey = org.key;
        org.faults = new Faults(r -> r.startsWith("org PATCH"), Faults.Kind.APPLIED_THEN_5XX);

        String newKey = run(false);

        assertThat(org.key).isEqualTo(newKey).isNotEqualTo(oldKey);
        assertThat(destination.key).isEqualTo(newKey);
        assertThat(org.stagedKey).as("the old pair stays valid").isEqualTo(oldKey);
        assertThat(org.deleted).isEmpty();
        assertThat(log.text()).contains("took effect").doesNotContain("Rollback");
        assertThat(state).doesNotExist();
    }

    @Test
    void aRollbackRestoresTheDestinationBeforeItDeletesTheStagedPair() {
        String oldKey = org.key;
        org.failOn("promote", c -> c.startsWith("PATCH"));

        assertThatThrownBy(() -> run(false)).hasMessageContaining("was rolled back");

        assertThat(destination.events).contains("deliver " + oldKey + " while org primary " + oldKey
                + " and staged 3MVG9.STAGED.KEY.1 Active");
        assertThat(org.deleted).containsExactly("3MVG9.STAGED.KEY.1 Active");
    }

    @Test
    void aRollbackThatCannotFinishSaysWhatEachSideHoldsAndTheCommandThatRepairs() throws Exception {
        String oldKey = org.key;
        org.failOn("promote", c -> c.startsWith("PATCH"));
        destination.failFromDelivery = 2; // the rotation's delivery works, then the destination is down

        assertThatThrownBy(() -> run(false)).hasMessageContaining("could not be rolled back completely")
                .hasMessageContaining("test destination holds the staged pair (consumer key 3MVG9.STAGED.KEY.1")
                .hasMessageContaining("the org's primary pair is the pair from before the rotation (consumer key "
                        + oldKey + ")")
                .hasMessageContaining("mvn eca:rotate-credentials -Deca.appNames=Nango_Integration -Deca.targetOrg=it")
                .hasMessageNotContaining("SECRET");
        assertThat(org.stagedState).as("the staged pair the destination holds is not deleted").isEqualTo("Active");
        assertThat(RotationState.read(state).step()).isEqualTo(Step.ROLLING_BACK);

        destination.failFromDelivery = Integer.MAX_VALUE;
        org.failures.clear();
        assertThatThrownBy(() -> run(false)).hasMessageContaining("the interrupted rotation of Nango_Integration was"
                + " rolled back");
        assertThat(destination.key).isEqualTo(oldKey);
        assertThat(org.stagedId).isNull();
        assertThat(state).doesNotExist();
    }

    @Test
    void aResumeReadsTheDestinationAgainBeforePromoting() throws Exception {
        org.faults = new Faults(r -> r.startsWith("org PATCH"), Faults.Kind.DEATH_BEFORE);
        assertThatThrownBy(() -> run(false)).isInstanceOf(FakeOrg.ProcessDeath.class);
        assertThat(RotationState.read(state).step()).isEqualTo(Step.CONFIRMED);
        String oldKey = org.key;
        destination.key = org.key; // meanwhile eca:credentials (before it refused) gave it the primary pair again
        destination.secret = org.secret;

        String newKey = run(true);

        assertThat(destination.key).isEqualTo(newKey).isEqualTo(org.key);
        assertThat(org.deleted).containsExactly(oldKey + " Rotated");
    }

    @Test
    void aResumeWithAnotherDestinationIsRefusedNamingBoth() throws Exception {
        org.faults = new Faults(r -> r.startsWith("org PATCH"), Faults.Kind.DEATH_BEFORE);
        assertThatThrownBy(() -> run(false)).isInstanceOf(FakeOrg.ProcessDeath.class);
        RotationState s = RotationState.read(state);
        new RotationState(s.app(), s.targetOrg(), s.appId(), s.consumerId(), "Nango integration 'other' at"
                + " https://api.nango.dev", "-Deca.nangoIntegration=other", true, s.step(), s.updated(), s.salt(),
                s.oldKey(), s.oldDigest(), s.stagedId(), s.newKey(), s.newDigest()).write(state);
        org.calls.clear();

        assertThatThrownBy(() -> run(false)).hasMessageContaining("to Nango integration 'other' at")
                .hasMessageContaining("this run names test destination")
                .hasMessageContaining("-Deca.nangoIntegration=other");
        assertThat(org.calls).isEmpty();
    }

    @Test
    void killedAfterThePromotionTookEffectTheRerunFinishesWithoutRevoking() throws Exception {
        String oldKey = org.key;
        org.faults = new Faults(r -> r.startsWith("org PATCH"), Faults.Kind.DEATH_AFTER);
        assertThatThrownBy(() -> run(false)).isInstanceOf(FakeOrg.ProcessDeath.class);

        String newKey = run(false);

        assertThat(newKey).isEqualTo(org.key);
        assertThat(org.deleted).isEmpty();
        assertThat(org.stagedKey).isEqualTo(oldKey);
        assertThat(log.text()).contains("the promotion took effect").doesNotContain("Run again to rotate");
    }

    @Test
    void aStagingCutOffInFlightIsAdoptedNotReportedAsSomeoneElses() throws Exception {
        org.faults = new Faults(r -> r.startsWith("org POST"), Faults.Kind.DEATH_AFTER);
        assertThatThrownBy(() -> run(false)).isInstanceOf(FakeOrg.ProcessDeath.class);
        assertThat(RotationState.read(state).step()).isEqualTo(Step.STARTED);

        String newKey = run(false);

        assertThat(newKey).isEqualTo("3MVG9.STAGED.KEY.1").isEqualTo(org.key);
        assertThat(log.text()).contains("took effect before the run stopped");
        assertThat(org.deleted).isEmpty();
        assertThat(state).doesNotExist();
    }

    @Test
    void theStateHoldsDigestsNeverASecret() throws Exception {
        org.faults = new Faults(r -> r.startsWith("org PATCH"), Faults.Kind.DEATH_BEFORE);
        assertThatThrownBy(() -> run(false)).isInstanceOf(FakeOrg.ProcessDeath.class);

        String json = Files.readString(state);
        assertThat(json).contains("\"newDigest\"").contains("\"oldDigest\"").contains("3MVG9.STAGED.KEY.1")
                .doesNotContain("SECRET");
    }

    @Test
    void handingOverIsRefusedWhileARotationOfTheAppIsPending() throws Exception {
        org.faults = new Faults(r -> r.startsWith("org PATCH"), Faults.Kind.DEATH_BEFORE);
        assertThatThrownBy(() -> run(false)).isInstanceOf(FakeOrg.ProcessDeath.class);

        assertThatThrownBy(() -> CredentialsGoals.refusePending(state, "Nango_Integration"))
                .hasMessageContaining("a rotation of Nango_Integration is pending")
                .hasMessageContaining("eca:rotate-credentials");
        CredentialsGoals.refusePending(state, "Other_App"); // another app's rotation does not block
    }
}
