package io.github.ecamaven.eca.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The progress of one rotation in {@code target/eca/rotation.json}: ids and the last step done, never a key or a
 * secret, so that an interrupted run can resume (or roll back) instead of leaving two half-states.
 *
 * @param targetOrg the alias or username, "" for sf's default org
 * @param stagedId the staged credential this rotation created; null before {@link Step#STAGED}
 * @param destinationExisted whether the destination held credentials before (rollback restores, else removes)
 */
public record RotationState(String app, String targetOrg, String appId, String consumerId, String stagedId,
                            String destination, boolean destinationExisted, Step step, String updated) {

    /** The steps, in order; each is recorded once done. */
    public enum Step {
        /** About to stage; nothing changed yet. */
        STARTED,
        /** A new pair is staged in the org. */
        STAGED,
        /** The destination holds the new pair. */
        DELIVERED,
        /** The destination was read back and holds the new pair. */
        CONFIRMED,
        /** The staged pair is the primary pair; only revoking the old one may remain. */
        PROMOTED,
        /** A rollback began and did not finish. */
        ROLLING_BACK
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RotationState at(Step next) {
        return new RotationState(app, targetOrg, appId, consumerId, stagedId, destination, destinationExisted, next,
                Instant.now().toString());
    }

    public RotationState staged(String id) {
        return new RotationState(app, targetOrg, appId, consumerId, id, destination, destinationExisted, Step.STAGED,
                Instant.now().toString());
    }

    /** The state in {@code file}, or null when there is none. */
    public static RotationState read(Path file) throws CredentialsException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return new RotationState(n.path("app").asText(), n.path("targetOrg").asText(""), n.path("appId").asText(null),
                    n.path("consumerId").asText(null), n.hasNonNull("stagedId") ? n.get("stagedId").asText() : null,
                    n.path("destination").asText(""), n.path("destinationExisted").asBoolean(),
                    Step.valueOf(n.path("step").asText()), n.path("updated").asText(""));
        } catch (IOException | IllegalArgumentException e) {
            throw new CredentialsException(file + " is not a rotation state this plugin wrote (" + e.getMessage()
                    + "). Check the app's staged credentials in Setup, then delete the file.", false, e);
        }
    }

    /** Writes the state atomically. */
    public void write(Path file) throws CredentialsException {
        ObjectNode n = JSON.createObjectNode();
        n.put("app", app);
        n.put("targetOrg", targetOrg);
        n.put("appId", appId);
        n.put("consumerId", consumerId);
        n.put("stagedId", stagedId);
        n.put("destination", destination);
        n.put("destinationExisted", destinationExisted);
        n.put("step", step.name());
        n.put("updated", updated);
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, JSON.writeValueAsBytes(n));
        } catch (IOException e) {
            throw new CredentialsException("Cannot record the rotation's progress in " + file + ": " + e.getMessage(),
                    true, e);
        }
    }
}
