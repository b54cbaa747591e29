package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.text.Shortened;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what sf printed into an {@link SfResult} or the right {@link SfCliException} (the traps of sf 2.129.8 described in this class):
 * stdout only is parsed as JSON; stderr is read only when stdout is empty (RequiresProjectError, unknown command).
 */
public final class SfOutputParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CODE_LINE = Pattern.compile("(?m)^\\s*Code:\\s*([A-Za-z0-9_.]+)\\s*$");
    private static final int SHOWN = 2000;
    /** The last line Node.js prints after an uncaught exception's stack: {@code Node.js v20.20.2}. */
    private static final Pattern NODE_CRASH = Pattern.compile("(?m)^Node\\.js (v\\d+\\.\\d+\\.\\d+)\\s*$");
    /** The first line of the stack that names the error: {@code TypeError: …}, {@code SyntaxError: …}. */
    private static final Pattern NODE_ERROR = Pattern.compile("(?m)^([A-Za-z]*Error(?: \\[[A-Z_]+\\])?: .*)$");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at .+$");

    private SfOutputParser() {}

    public static SfResult parse(SfCommand command, int exitCode, String stdout, String stderr) throws SfCliException {
        String out = stdout == null ? "" : stdout;
        String err = stderr == null ? "" : stderr;
        if (out.isBlank()) {
            return noJson(command, exitCode, out, err);
        }
        JsonNode json = readJson(out);
        if (json == null) {
            throw new SfOutputException(command, "sf " + command.name() + " (exit " + exitCode + ") did not print"
                    + " JSON" + (out.contains("\u001b[") ? " (its output is coloured: is FORCE_COLOR set?)" : "")
                    + ". It printed:\n" + shown(command, out)
                    + (err.isBlank() ? "" : "\nstderr:\n" + shown(command, err)), null);
        }
        if (json.isObject() && json.hasNonNull("name") && json.has("message") && !json.has("result")) {
            throw error(command, exitCode, json);
        }
        JsonNode status = json.get("status");
        if (exitCode == 0 && status != null && status.isNumber() && status.asInt() != 0) {
            // the exit code and the envelope disagree: not a success, whatever the result says
            throw new SfOutputException(command, "sf " + command.name() + " exited 0 but its JSON says status "
                    + status.asInt() + "; treated as a failure. It printed:\n" + shown(command, out)
                    + (err.isBlank() ? "" : "\nstderr:\n" + shown(command, err)), null);
        }
        return new SfResult(command, exitCode, out, err, json);
    }

    private static SfResult noJson(SfCommand command, int exitCode, String out, String err) throws SfCliException {
        if (exitCode == 127) {
            throw new SfUnavailableException(command, "sf does not know the command '" + command.name()
                    + "' (exit 127): the installed sf is too old or not the Salesforce CLI. It said: "
                    + shown(command, err.strip()), null);
        }
        if (exitCode != 0) {
            nodeCrash(command, exitCode, err);
        }
        Matcher m = CODE_LINE.matcher(err);
        if (exitCode != 0 && m.find()) {
            String name = m.group(1);
            String message = err.substring(0, m.start()).strip().replaceAll("\\s+", " ");
            if (message.startsWith(name + ":")) {
                message = message.substring(name.length() + 1).strip();
            }
            return rethrow(new SfErrorException(command, exitCode, name, name, message, List.of(), null));
        }
        if (exitCode == 0 && !err.isBlank()) {
            throw new SfOutputException(command, "sf " + command.name() + " exited 0 but printed no JSON, only on"
                    + " stderr; treated as a failure. stderr:\n" + shown(command, err), null);
        }
        if (exitCode == 0) {
            // sf prints nothing when a command returns no result
            return new SfResult(command, exitCode, out, err, MAPPER.createObjectNode());
        }
        throw new SfOutputException(command, "sf " + command.name() + " exited " + exitCode
                + " without printing JSON." + (err.isBlank() ? " It printed nothing at all."
                : " stderr:\n" + shown(command, err)), null);
    }

    /**
     * sf died in Node.js before it could print JSON: an uncaught exception's stack, ending with the Node.js version
     * (what a release too new for the installed Node.js prints). One line naming the error and the Node.js, and the
     * install advice for that Node.js, instead of the stack.
     */
    private static void nodeCrash(SfCommand command, int exitCode, String err) throws SfUnavailableException {
        Matcher node = NODE_CRASH.matcher(err);
        if (!node.find() || !STACK_FRAME.matcher(err).find()) {
            return;
        }
        Matcher error = NODE_ERROR.matcher(err);
        String what = error.find() ? " (" + Shortened.to(command.mask(error.group(1).strip()), 200) + ")" : "";
        throw new SfUnavailableException(command, "sf " + command.name() + " crashed in Node.js " + node.group(1)
                + " before it could answer (exit " + exitCode + ")" + what + ": this sf release does not run on that"
                + " Node.js.", SfInstallAdvice.forNode(node.group(1)), null);
    }

    private static SfResult rethrow(SfErrorException e) throws SfErrorException {
        throw e;
    }

    private static JsonNode readJson(String out) {
        try {
            return MAPPER.readTree(out);
        } catch (JsonProcessingException e) {
            // a line printed before the JSON (an update notice in a terminal): parse from the first line with "{"
            int brace = out.indexOf("\n{");
            if (brace >= 0) {
                try {
                    return MAPPER.readTree(out.substring(brace + 1));
                } catch (JsonProcessingException ignored) {
                    return null;
                }
            }
            return null;
        }
    }

    private static SfErrorException error(SfCommand command, int exitCode, JsonNode json) {
        String name = json.get("name").asText();
        JsonNode codeNode = json.get("code");
        String code = codeNode == null || codeNode.isNull() ? null : codeNode.asText();
        int exit = exitCode;
        JsonNode ec = json.get("exitCode");
        if (exit == 0 && ec != null && ec.isInt()) {
            exit = ec.asInt();
        }
        List<String> actions = new ArrayList<>();
        JsonNode a = json.get("actions");
        if (a != null && a.isArray()) {
            a.forEach(n -> actions.add(n.asText()));
        }
        return new SfErrorException(command, exit, name, code, json.path("message").asText(""), actions,
                json.get("data"));
    }

    /** At most {@value #SHOWN} characters of {@code text}, masked. */
    static String shown(SfCommand command, String text) {
        String masked = command.mask(text);
        return Shortened.withLength(masked, SHOWN);
    }
}
