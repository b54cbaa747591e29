package io.github.ecamaven.eca.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.text.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The progress of one rotation in {@code target/eca/rotation.json}: ids, consumer keys and salted digests of the
 * pairs, the last step done, never a secret. An interrupted run reads it, then reads what the org and the destination
 * hold now and continues from that (see {@link Rotation}); the digests let it tell the pairs apart without keeping one.
 *
 * @param targetOrg the alias or username, "" for sf's default org
 * @param destination the destination as {@link Destination#describe()} names it; binding for a resume
 * @param destinationCommand the options naming the destination ({@link Destination#commandLine()})
 * @param destinationExisted whether the destination held credentials before (rollback restores, else removes)
 * @param salt random, per rotation: the digests below are of {@code salt, key, secret}
 * @param oldKey the org's primary consumer key before the rotation; null in a state of plugin 0.1
 * @param oldDigest its pair's digest; null in a state of plugin 0.1
 * @param stagedId the staged credential this rotation created; null before {@link Step#STAGED}
 * @param newKey the staged pair's consumer key; null before {@link Step#STAGED} (and in a state of plugin 0.1)
 * @param newDigest its pair's digest; null likewise
 */
public record RotationState(String app, String targetOrg, String appId, String consumerId, String destination,
                            String destinationCommand, boolean destinationExisted, Step step, String updated,
                            String salt, String oldKey, String oldDigest, String stagedId, String newKey,
                            String newDigest) {

    /** The steps, in order; each is recorded once done (STARTED before the request that stages). */
    public enum Step {
        /** About to stage: the staged slot was empty, so a pair found there later came from this rotation. */
        STARTED,
        /** A new pair is staged in the org. */
        STAGED,
        /** The destination holds the new pair. */
        DELIVERED,
        /** The destination was read back and holds the new pair; the promotion is next. */
        CONFIRMED,
        /** The staged pair is the primary pair; only revoking the old one may remain. */
        PROMOTED,
        /** A rollback began and did not finish. */
        ROLLING_BACK
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A state about to stage, recording the primary pair {@code old}. */
    static RotationState started(String app, String targetOrg, String appId, String consumerId, Destination d,
                                 boolean destinationExisted, OrgCredentialsApi.AppCredentials old) {
        String s = newSalt();
        return new RotationState(app, targetOrg, appId, consumerId, d.describe(), d.commandLine(), destinationExisted,
                Step.STARTED, Instant.now().toString(), s, old.key(), digest(s, old.key(), old.secret()), null, null,
                null);
    }

    public RotationState at(Step next) {
        return new RotationState(app, targetOrg, appId, consumerId, destination, destinationCommand, destinationExisted,
                next, Instant.now().toString(), salt, oldKey, oldDigest, stagedId, newKey, newDigest);
    }

    /** Records the staged pair (id, key, digest). */
    public RotationState staged(String id, String key, Secret secret) {
        return new RotationState(app, targetOrg, appId, consumerId, destination, destinationCommand, destinationExisted,
                Step.STAGED, Instant.now().toString(), salt, oldKey, oldDigest, id, key, digest(salt, key, secret));
    }

    /** Fills in the pairs a state of plugin 0.1 did not record. */
    RotationState withPairs(String oldKey, Secret oldSecret, String newKey, Secret newSecret) {
        String s = salt != null ? salt : newSalt();
        return new RotationState(app, targetOrg, appId, consumerId, destination, destinationCommand, destinationExisted,
                step, Instant.now().toString(), s, oldKey, oldKey == null ? null : digest(s, oldKey, oldSecret),
                stagedId, newKey, newKey == null ? null : digest(s, newKey, newSecret));
    }

    /** Whether {@code key}/{@code secret} is the pair recorded as {@code key0}/{@code digest0} (constant time). */
    boolean same(String key, Secret secret, String key0, String digest0) {
        if (key == null || key0 == null || !key.equals(key0)) {
            return false;
        }
        if (digest0 == null || salt == null) {
            return true; // a state of plugin 0.1: the consumer key alone
        }
        return secret != null && MessageDigest.isEqual(digest(salt, key, secret).getBytes(StandardCharsets.US_ASCII),
                digest0.getBytes(StandardCharsets.US_ASCII));
    }

    boolean isOld(OrgCredentialsApi.AppCredentials c) {
        return c != null && same(c.key(), c.secret(), oldKey, oldDigest);
    }

    boolean isNew(OrgCredentialsApi.AppCredentials c) {
        return c != null && same(c.key(), c.secret(), newKey, newDigest);
    }

    private static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    private static String digest(String salt, String key, Secret secret) {
        MessageDigest md = Sha256.digest();
        md.update((salt + "\n" + key + "\n").getBytes(StandardCharsets.UTF_8));
        if (secret != null) {
            md.update(secret.reveal().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The state in {@code file}, or null when there is none. */
    public static RotationState read(Path file) throws CredentialsException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return new RotationState(n.path("app").asText(), n.path("targetOrg").asText(""), text(n, "appId"),
                    text(n, "consumerId"), n.path("destination").asText(""), n.path("destinationCommand").asText(""),
                    n.path("destinationExisted").asBoolean(), Step.valueOf(n.path("step").asText()),
                    n.path("updated").asText(""), text(n, "salt"), text(n, "oldKey"), text(n, "oldDigest"),
                    text(n, "stagedId"), text(n, "newKey"), text(n, "newDigest"));
        } catch (IOException | IllegalArgumentException e) {
            throw new CredentialsException(file + " is not a rotation state this plugin wrote (" + e.getMessage()
                    + "). Check the app's staged credentials in Setup, then delete the file.", false, e);
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) && !n.get(field).asText().isEmpty() ? n.get(field).asText() : null;
    }

    /** Writes the state atomically. */
    public void write(Path file) throws CredentialsException {
        ObjectNode n = JSON.createObjectNode();
        n.put("app", app);
        n.put("targetOrg", targetOrg);
        n.put("appId", appId);
        n.put("consumerId", consumerId);
        n.put("destination", destination);
        n.put("destinationCommand", destinationCommand);
        n.put("destinationExisted", destinationExisted);
        n.put("step", step.name());
        n.put("updated", updated);
        n.put("salt", salt);
        n.put("oldKey", oldKey);
        n.put("oldDigest", oldDigest);
        n.put("stagedId", stagedId);
        n.put("newKey", newKey);
        n.put("newDigest", newDigest);
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, JSON.writeValueAsBytes(n));
        } catch (IOException e) {
            throw new CredentialsException("cannot record the rotation's progress in " + file + ": " + e.getMessage(),
                    true, e);
        }
    }
}
