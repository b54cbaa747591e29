package io.github.ecamaven.eca.sf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What one sf run printed, parsed: the success envelope {@code {"status", "result", "warnings"}} (or, for
 * {@code sf version}, the bare object). A success-shaped envelope can still describe a failure — check
 * {@link #status()} and the result's own fields (retrieve {@code status: Failed}, install {@code Status: IN_PROGRESS},
 * create report {@code Status: Error}).
 */
public final class SfResult {

    private final SfCommand command;
    private final int exitCode;
    private final String stdout;
    private final String stderr;
    private final JsonNode json;

    public SfResult(SfCommand command, int exitCode, String stdout, String stderr, JsonNode json) {
        this.command = command;
        this.exitCode = exitCode;
        this.stdout = stdout;
        this.stderr = stderr;
        this.json = json;
    }

    public SfCommand command() {
        return command;
    }

    /** The process exit code. */
    public int exitCode() {
        return exitCode;
    }

    /** Raw stdout; may contain secrets (access tokens), so never log it. */
    public String stdout() {
        return stdout;
    }

    public String stderr() {
        return stderr;
    }

    /** The whole parsed stdout. */
    public JsonNode json() {
        return json;
    }

    /** The envelope's {@code status} ({@code process.exitCode}); 1 for a deploy with component failures. */
    public int status() {
        JsonNode s = json.get("status");
        return s != null && s.isNumber() ? s.asInt() : exitCode;
    }

    /** Whether the envelope's status and the exit code are both 0 (the result may still say Failed). */
    public boolean isStatusZero() {
        return status() == 0 && exitCode == 0;
    }

    /** The envelope's {@code result} (an object or an array), or the whole JSON when there is no envelope. */
    public JsonNode result() {
        if (json.isObject() && json.has("status") && json.has("result")) {
            return json.get("result");
        }
        return json.isObject() && json.has("result") ? json.get("result") : json;
    }

    /** The first element when {@code result} is an array (create report), else {@code result}; missing if empty. */
    public JsonNode firstResult() {
        JsonNode r = result();
        if (r.isArray()) {
            return r.isEmpty() ? MissingNode.getInstance() : r.get(0);
        }
        return r;
    }

    /** The envelope's warnings. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        JsonNode w = json.get("warnings");
        if (w != null && w.isArray()) {
            w.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** A text field of {@code node}, or null when missing or JSON null. */
    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    @Override
    public String toString() {
        return command.display() + " → exit " + exitCode + ", status " + status();
    }
}
