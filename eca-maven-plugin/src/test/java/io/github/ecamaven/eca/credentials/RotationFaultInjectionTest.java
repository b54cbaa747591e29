package io.github.ecamaven.eca.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ecamaven.eca.credentials.FakeOrg.ProcessDeath;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of eca:rotate-credentials, proven by a fault at every request: for each request a rotation makes (to
 * the org and to Nango alike) and each way it can go wrong there (refused, failed before its effect, failed or timed
 * out after its effect, the process killed before or after it), the goal is run again (a new state machine from
 * rotation.json) until nothing is pending. After every single request: Nango holds a pair the org accepts (its
 * primary pair, or its staged pair, active or rotated), and the pair from before the rotation is still valid unless
 * revokeOld asked to revoke it. At the end: rotated (Nango holds the org's new primary pair) or not rotated (the org
 * and Nango as before), with no rotation.json left.
 */
class RotationFaultInjectionTest {

    private static final String INTEGRATION = "salesforce-it";
    private static final int MAX_RUNS = 6;

    @TempDir
    Path dir;

    /** How the world looks when the rotation starts. */
    enum Start {
        /** The integration holds the org's primary pair. */
        INTEGRATION_EXISTS,
        /** No integration yet: the rotation creates it (and a rollback removes it). */
        NO_INTEGRATION,
        /** The old pair of an earlier rotation is still staged (Rotated); only a run with revokeOld may go on. */
        EARLIER_ROTATION_STAGED
    }

    private record Outcome(boolean rotated, int runs) {
    }

    private final class Case {
        final Start start;
        final boolean revokeOld;
        final FakeOrg org = new FakeOrg();
        final FakeNango nango = new FakeNango();
        final Path state;
        final RecordingLog log = new RecordingLog();
        final String originalKey;
        final String originalSecret;
        final List<String> secrets = new ArrayList<>();
        /** A Packaged app in its source org: the consumer every linked org shares. */
        boolean shared;
        int checks;

        Case(Start start, boolean revokeOld, Faults faults, int number) throws Exception {
            this.start = start;
            this.revokeOld = revokeOld;
            this.state = dir.resolve("case-" + number).resolve("rotation.json");
            if (start == Start.EARLIER_ROTATION_STAGED) {
                // an earlier rotation: its new pair is primary, Nango holds it, its old pair is staged as Rotated
                org.send("POST", "services/data/v66.0/apps/oauth/credentials/" + FakeOrg.APP_ID + "/"
                        + FakeOrg.CONSUMER + "/staged", "{}");
                org.send("PATCH", "services/data/v66.0/apps/oauth/credentials/" + FakeOrg.APP_ID + "/"
                        + FakeOrg.CONSUMER + "/staged/" + org.stagedId, "{\"command\":\"rotate\"}");
                org.calls.clear();
            }
            originalKey = org.key;
            originalSecret = org.secret;
            if (start != Start.NO_INTEGRATION) {
                nango.put(INTEGRATION, org.key, org.secret, "api,refresh_token");
            }
            org.faults = faults;
            nango.faults = faults;
            faults.check = this::invariant;
        }

        Rotation machine() throws CredentialsException {
            NangoClient client = new NangoClient("https://api.nango.dev", Secret.of("6b4e0c1a-2f3d-4c5b-9a8e-0123456789ab"),
                    "NANGO_SECRET_KEY", nango);
            return new Rotation(new OrgCredentialsApi(org, "66.0", "it"),
                    new NangoDestination(client, INTEGRATION, "Salesforce (Nango_Integration)", "api,refresh_token",
                            NangoProvider.Choice.of(null, false, org.orgId)),
                    state, "Nango_Integration", "it", log).sharedConsumer(shared);
        }

        /** Nango holds a pair the org accepts; the pair from before is valid unless revoking was asked for. */
        void invariant() {
            checks++;
            remember();
            String[] held = nango.pair(INTEGRATION);
            if (held != null) {
                boolean primary = held[0].equals(org.key) && held[1].equals(org.secret);
                boolean staged = org.stagedId != null && held[0].equals(org.stagedKey) && held[1].equals(org.stagedSecret)
                        && ("Active".equals(org.stagedState) || "Rotated".equals(org.stagedState));
                if (!primary && !staged) {
                    fail("Nango holds " + held[0] + ", which the org does not accept (primary " + org.key + ", staged "
                            + org.stagedKey + " " + org.stagedState + ")");
                }
            }
            boolean originalValid = originalKey.equals(org.key) && originalSecret.equals(org.secret)
                    || org.stagedId != null && originalKey.equals(org.stagedKey) && originalSecret.equals(org.stagedSecret);
            if (!revokeOld && !originalValid) {
                fail("the pair from before the rotation (" + originalKey + ") was revoked without revokeOld");
            }
            if (!revokeOld && org.deleted.stream().anyMatch(d -> d.endsWith(" Rotated"))) {
                fail("a rotated pair was revoked without revokeOld: " + org.deleted);
            }
            noSecretIn(state);
        }

        void remember() {
            for (String s : new String[] {org.secret, org.stagedSecret}) {
                if (s != null && !secrets.contains(s)) {
                    secrets.add(s);
                }
            }
        }

        void noSecretIn(Path file) {
            if (Files.exists(file)) {
                try {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    secrets.forEach(s -> assertThat(text).as("rotation.json").doesNotContain(s));
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
        }

        /** Runs the goal until nothing is pending; checks the end state. */
        Outcome run() throws Exception {
            for (int run = 1; run <= MAX_RUNS; run++) {
                try {
                    machine().rotate(revokeOld);
                } catch (ProcessDeath killed) {
                    continue; // a new process, from rotation.json
                } catch (CredentialsException e) {
                    secrets.forEach(s -> assertThat(e.getMessage()).doesNotContain(s));
                    if (Files.exists(state)) {
                        continue; // pending: the message says to run again
                    }
                }
                if (!Files.exists(state)) {
                    invariant();
                    secrets.forEach(s -> assertThat(log.text()).doesNotContain(s));
                    return new Outcome(checkEnd(), run);
                }
            }
            throw new AssertionError("still pending after " + MAX_RUNS + " runs: " + Files.readString(state));
        }

        /** Rotated or not rotated, nothing in between; true when rotated. */
        boolean checkEnd() {
            String[] held = nango.pair(INTEGRATION);
            if (!org.key.equals(originalKey)) {
                assertThat(held).as("rotated: Nango holds the new primary pair").containsExactly(org.key, org.secret);
                if (revokeOld) {
                    assertThat(org.stagedId).as("rotated with revokeOld: the old pair is revoked").isNull();
                } else {
                    assertThat(org.stagedKey).as("rotated: the old pair stays valid").isEqualTo(originalKey);
                    assertThat(org.stagedState).isEqualTo("Rotated");
                }
                return true;
            }
            assertThat(org.secret).isEqualTo(originalSecret);
            if (start == Start.NO_INTEGRATION) {
                assertThat(held).as("not rotated: the integration the rotation created is removed").isNull();
            } else {
                assertThat(held).as("not rotated: Nango holds the pair from before").containsExactly(originalKey,
                        originalSecret);
            }
            if (start == Start.EARLIER_ROTATION_STAGED && !revokeOld) {
                assertThat(org.stagedState).as("not rotated: the earlier old pair is left alone").isEqualTo("Rotated");
            } else if (org.stagedId != null) {
                assertThat(org.stagedState).as("not rotated: nothing of this rotation stays staged")
                        .isNotEqualTo("Active");
            }
            return false;
        }
    }

    @Test
    void nangoAlwaysHoldsAPairTheOrgAcceptsWhateverRequestFailsAndHowever() throws Exception {
        int cases = 0;
        int rotated = 0;
        int notRotated = 0;
        int checks = 0;
        int number = 0;
        List<String> requestsOfAPlainRotation = null;
        for (Start start : Start.values()) {
            for (boolean revokeOld : new boolean[] {false, true}) {
                Case plain = new Case(start, revokeOld, new Faults(), number++);
                Outcome clean = plain.run();
                if (start == Start.EARLIER_ROTATION_STAGED && !revokeOld) {
                    assertThat(clean.rotated()).as("refused: the earlier old pair is staged").isFalse();
                } else {
                    assertThat(clean.rotated()).isTrue();
                    assertThat(clean.runs()).isEqualTo(1);
                }
                if (start == Start.INTEGRATION_EXISTS && !revokeOld) {
                    requestsOfAPlainRotation = plain.org.faults.requests;
                }
                int requests = plain.org.faults.requests.size();
                for (int at = 0; at < requests; at++) {
                    for (Faults.Kind kind : Faults.Kind.values()) {
                        Faults faults = new Faults(at, kind);
                        Case c = new Case(start, revokeOld, faults, number++);
                        Outcome o;
                        try {
                            o = c.run();
                        } catch (AssertionError e) {
                            throw new AssertionError(start + ", revokeOld=" + revokeOld + ", " + kind + " at request "
                                    + at + " (" + faults.requests.get(Math.min(at, faults.requests.size() - 1))
                                    + "); requests " + faults.requests + "; log:\n" + c.log.text(), e);
                        }
                        cases++;
                        checks += c.checks;
                        if (o.rotated()) {
                            rotated++;
                        } else {
                            notRotated++;
                        }
                    }
                }
            }
        }
        System.out.println("RotationFaultInjectionTest: " + cases + " cases (" + rotated + " rotated, " + notRotated
                + " not rotated), invariant checked " + checks + " times; a plain rotation makes "
                + requestsOfAPlainRotation.size() + " requests: " + requestsOfAPlainRotation);
        assertThat(cases).isGreaterThan(300);
        assertThat(rotated).isPositive();
        assertThat(notRotated).isPositive();
    }

    /**
     * A rollback's own requests, each failing every way: the promotion or Nango's update is refused (so the rotation
     * rolls back), then a second fault hits each later request (the restore of Nango, its read-back, the delete of
     * the staged pair, the reads in between, or those of the next run).
     */
    @Test
    void aRollbackKeepsThePromiseWhateverFailsInIt() throws Exception {
        int cases = 0;
        int number = 100_000;
        for (Start start : new Start[] {Start.INTEGRATION_EXISTS, Start.NO_INTEGRATION}) {
            for (boolean revokeOld : new boolean[] {false, true}) {
                Case plain = new Case(start, revokeOld, new Faults(), number++);
                plain.run();
                List<String> requests = plain.org.faults.requests;
                for (int first = 0; first < requests.size(); first++) {
                    String r = requests.get(first);
                    if (!r.startsWith("org PATCH") && !r.startsWith("nango PATCH") && !r.startsWith("nango POST")) {
                        continue;
                    }
                    Faults probe = new Faults(first, Faults.Kind.REFUSED_4XX);
                    Case once = new Case(start, revokeOld, probe, number++);
                    assertThat(once.run().rotated()).as("refused at " + r + ": rolled back").isFalse();
                    int total = probe.requests.size();
                    for (int second = first + 1; second < total; second++) {
                        for (Faults.Kind kind : Faults.Kind.values()) {
                            Faults faults = new Faults(first, Faults.Kind.REFUSED_4XX, second, kind);
                            Case c = new Case(start, revokeOld, faults, number++);
                            try {
                                c.run();
                            } catch (AssertionError e) {
                                throw new AssertionError(start + ", revokeOld=" + revokeOld + ", refused at " + first
                                        + " then " + kind + " at " + second + "; requests " + faults.requests
                                        + "; log:\n" + c.log.text(), e);
                            }
                            cases++;
                        }
                    }
                }
            }
        }
        System.out.println("RotationFaultInjectionTest: " + cases + " cases of a fault inside a rollback");
        assertThat(cases).isGreaterThan(100);
    }

    /**
     * A Packaged app's consumer, rotated in its source org: the same order and the same promise as for a Local app,
     * whatever request fails and however; a finished rotation says that every linked org switches with it.
     */
    @Test
    void aSharedConsumerKeepsThePromiseToo() throws Exception {
        int cases = 0;
        int number = 200_000;
        Case plain = new Case(Start.INTEGRATION_EXISTS, false, new Faults(), number++);
        plain.shared = true;
        assertThat(plain.run().rotated()).isTrue();
        assertThat(plain.log.text()).contains("Every linked org of Nango_Integration switches with it");
        int requests = plain.org.faults.requests.size();
        for (int at = 0; at < requests; at++) {
            for (Faults.Kind kind : Faults.Kind.values()) {
                Faults faults = new Faults(at, kind);
                Case c = new Case(Start.INTEGRATION_EXISTS, false, faults, number++);
                c.shared = true;
                Outcome o;
                try {
                    o = c.run();
                } catch (AssertionError e) {
                    throw new AssertionError("shared consumer, " + kind + " at request " + at + "; requests "
                            + faults.requests + "; log:\n" + c.log.text(), e);
                }
                if (o.rotated()) {
                    assertThat(c.log.text()).contains("Rotated Nango_Integration: the consumer key is now " + c.org.key);
                }
                cases++;
            }
        }
        assertThat(cases).isGreaterThan(50);
    }
}
