package io.github.ecamaven.eca.validate.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import io.github.ecamaven.eca.project.JsonProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sfdx-project.json} read twice: once strictly (comments and syntax errors with their positions, since the sf
 * CLI treats such a file as empty), and once leniently (comments allowed) so that the other rules still see the
 * content and can point at the line of every key.
 */
public final class SfdxProjectFile implements ProjectFile {

    /** A comment or syntax problem. */
    public record Problem(SourcePosition position, String message) {}

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .build();

    private final Path path;
    private final String relativePath;
    private final List<Problem> comments;
    private final Problem syntaxError;
    private final JsonNode root;
    private final Map<String, SourcePosition> keyPositions;
    private final Map<String, SourcePosition> valuePositions;

    private SfdxProjectFile(Path path, String relativePath, List<Problem> comments, Problem syntaxError,
            JsonNode root, Map<String, SourcePosition> keys, Map<String, SourcePosition> values) {
        this.path = path;
        this.relativePath = relativePath;
        this.comments = comments;
        this.syntaxError = syntaxError;
        this.root = root;
        this.keyPositions = keys;
        this.valuePositions = values;
    }

    public static SfdxProjectFile read(Path path, String relativePath) throws IOException {
        String text;
        try {
            text = InputLimits.readUtf8(path);
        } catch (UnreadableFileException e) {
            return new SfdxProjectFile(path, relativePath, List.of(), new Problem(e.position(), e.reason()),
                    MissingNode.getInstance(), new HashMap<>(), new HashMap<>());
        }
        return parse(path, relativePath, text);
    }

    /** Reads {@code content} as the file at {@code path} (for files not written yet). */
    public static SfdxProjectFile read(Path path, String relativePath, byte[] content) throws IOException {
        return parse(path, relativePath, new String(content, StandardCharsets.UTF_8));
    }

    private static SfdxProjectFile parse(Path path, String relativePath, String text) throws IOException {
        Map<String, SourcePosition> keys = new HashMap<>();
        Map<String, SourcePosition> values = new HashMap<>();
        List<Problem> comments = findComments(text);
        Problem syntax = null;
        JsonNode root = MissingNode.getInstance();
        try {
            positions(text, keys, values);
            root = LENIENT.readTree(text);
            if (root == null) {
                root = MissingNode.getInstance();
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            SourcePosition at = l == null ? SourcePosition.FILE
                    : new SourcePosition(Math.max(1, l.getLineNr()), Math.max(0, l.getColumnNr()));
            syntax = new Problem(at, JsonProblems.reason(e) + "; the sf CLI silently treats such a file as empty");
        }
        return new SfdxProjectFile(path, relativePath, comments, syntax, root, keys, values);
    }

    /** Collects the position of every key and value by JSON pointer, e.g. {@code /packageDirectories/0/path}. */
    private static void positions(String text, Map<String, SourcePosition> keys, Map<String, SourcePosition> values)
            throws IOException {
        JsonFactory f = LENIENT.getFactory();
        try (JsonParser p = f.createParser(text)) {
            Deque<String> stack = new ArrayDeque<>();
            Deque<Integer> index = new ArrayDeque<>();
            String pendingKey = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonLocation l = p.currentTokenLocation();
                SourcePosition at = new SourcePosition(l.getLineNr(), l.getColumnNr());
                if (t == JsonToken.FIELD_NAME) {
                    pendingKey = escape(p.currentName());
                    keys.put(pointer(stack) + "/" + pendingKey, at);
                    continue;
                }
                String here;
                if (!index.isEmpty() && index.peek() >= 0 && pendingKey == null) {
                    int i = index.pop();
                    index.push(i + 1);
                    here = pointer(stack) + "/" + i;
                } else {
                    here = pendingKey == null ? "" : pointer(stack) + "/" + pendingKey;
                }
                pendingKey = null;
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    index.pop();
                    continue;
                }
                values.put(here, at);
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    stack.push(here);
                    index.push(t == JsonToken.START_ARRAY ? 0 : -1);
                }
            }
        }
    }

    private static String pointer(Deque<String> stack) {
        return stack.isEmpty() ? "" : stack.peek();
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Comments outside strings: {@code //}, {@code /* ... *&#47;} and {@code #}. */
    static List<Problem> findComments(String text) {
        List<Problem> out = new ArrayList<>();
        int line = 1;
        int col = 1;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                    col++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/' || c == '#') {
                out.add(new Problem(new SourcePosition(line, col), "comment in sfdx-project.json: JSON has no"
                        + " comments, and the sf CLI silently treats a file with comments as empty; remove it"));
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                out.add(new Problem(new SourcePosition(line, col), "comment in sfdx-project.json: JSON has no"
                        + " comments, and the sf CLI silently treats a file with comments as empty; remove it"));
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? text.length() : end + 2;
                for (int j = i; j < stop; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        col = 0;
                    }
                    col++;
                }
                i = stop - 1;
                continue;
            }
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return out;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String relativePath() {
        return relativePath;
    }

    public List<Problem> comments() {
        return comments;
    }

    /** A syntax error other than comments, or null. */
    public Problem syntaxError() {
        return syntaxError;
    }

    /** The content (comments ignored); a missing node when the file is not JSON. */
    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts; the key's position when the value is unknown; else line 1. */
    public SourcePosition valueAt(String pointer) {
        SourcePosition p = valuePositions.get(pointer);
        return p != null ? p : keyAt(pointer);
    }

    /** Where the key of {@code pointer} starts; line 1 when unknown. */
    public SourcePosition keyAt(String pointer) {
        SourcePosition p = keyPositions.get(pointer);
        return p != null ? p : SourcePosition.FILE;
    }

    /** Text of a top-level string property, or null. */
    public String string(String key) {
        JsonNode n = root.get(key);
        return n != null && n.isTextual() ? n.asText() : null;
    }

    /** {@code sourceApiVersion}, or null. */
    public String sourceApiVersion() {
        return string("sourceApiVersion");
    }

    /** Escapes a key for use in a pointer. */
    public static String key(String name) {
        return escape(name);
    }
}
