package io.github.ecamaven.eca.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ecamaven.eca.model.io.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value of sfdx-project.json, read with jackson-core's streaming parser (no data binding: validate then loads
 * only the parser), keeping where each value and key starts, editable in place, and written back exactly as the sf
 * CLI writes the file: {@code JSON.stringify(value, null, 2)} — two spaces, {@code "key": value}, empty containers as
 * {@code {}} / {@code []}, non-ASCII characters unescaped. Numbers keep the text they were read with.
 */
public final class JsonValue implements Iterable<JsonValue> {

    /** What kind of value. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL, MISSING }

    private static final JsonValue MISSING = new JsonValue(Kind.MISSING, null, SourcePosition.FILE);

    private final Kind kind;
    /** The text of a string, number or boolean. */
    private final String scalar;
    private final Map<String, JsonValue> members;
    private final List<JsonValue> elements;
    private final SourcePosition position;
    private SourcePosition keyPosition;

    private JsonValue(Kind kind, String scalar, SourcePosition position) {
        this.kind = kind;
        this.scalar = scalar;
        this.members = kind == Kind.OBJECT ? new LinkedHashMap<>() : null;
        this.elements = kind == Kind.ARRAY ? new ArrayList<>() : null;
        this.position = position;
    }

    /** The value that is not there: every lookup on it gives it again. */
    public static JsonValue missing() {
        return MISSING;
    }

    /** A new, empty object. */
    public static JsonValue object() {
        return new JsonValue(Kind.OBJECT, null, SourcePosition.FILE);
    }

    private static JsonValue string(String text) {
        return new JsonValue(Kind.STRING, text, SourcePosition.FILE);
    }

    /** A key repeated in one object: its name and where the repetition starts. */
    record Duplicate(String key, SourcePosition position) {}

    /**
     * Reads one value from {@code p}, positioned before it; the missing value when the input is empty. A repeated key
     * keeps its place and the last value, as {@code JSON.parse} (and so the sf CLI) does, and is added to
     * {@code duplicates}.
     */
    static JsonValue read(JsonParser p, List<Duplicate> duplicates) throws IOException {
        JsonToken t = p.nextToken();
        return t == null ? MISSING : value(p, t, duplicates);
    }

    private static JsonValue value(JsonParser p, JsonToken t, List<Duplicate> duplicates) throws IOException {
        SourcePosition at = at(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT -> {
                JsonValue o = new JsonValue(Kind.OBJECT, null, at);
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    SourcePosition keyAt = at(p.currentTokenLocation());
                    JsonValue v = value(p, p.nextToken(), duplicates);
                    v.keyPosition = keyAt;
                    if (o.members.containsKey(name)) {
                        duplicates.add(new Duplicate(name, keyAt));
                    }
                    o.members.put(name, v); // a repeated key keeps its place and the last value, as JSON.parse

                }
                return o;
            }
            case START_ARRAY -> {
                JsonValue a = new JsonValue(Kind.ARRAY, null, at);
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
                    a.elements.add(value(p, e, duplicates));
                }
                return a;
            }
            case VALUE_STRING -> {
                return new JsonValue(Kind.STRING, p.getText(), at);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new JsonValue(Kind.NUMBER, p.getText(), at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonValue(Kind.BOOLEAN, p.getText(), at);
            }
            default -> {
                return new JsonValue(Kind.NULL, null, at);
            }
        }
    }

    private static SourcePosition at(JsonLocation l) {
        return l == null ? SourcePosition.FILE : new SourcePosition(Math.max(1, l.getLineNr()), Math.max(0, l.getColumnNr()));
    }

    public Kind kind() {
        return kind;
    }

    public boolean isObject() {
        return kind == Kind.OBJECT;
    }

    public boolean isArray() {
        return kind == Kind.ARRAY;
    }

    public boolean isTextual() {
        return kind == Kind.STRING;
    }

    public boolean isMissing() {
        return kind == Kind.MISSING;
    }

    /** Where the value starts in the file read; line 1 for values not read from a file. */
    public SourcePosition position() {
        return position;
    }

    /** Where the key of this object member starts; null for values that are no member read from a file. */
    public SourcePosition keyPosition() {
        return keyPosition;
    }

    /** The member {@code name}, or null. */
    public JsonValue get(String name) {
        return members == null ? null : members.get(name);
    }

    /** The element {@code index}, or null. */
    public JsonValue get(int index) {
        return elements == null || index < 0 || index >= elements.size() ? null : elements.get(index);
    }

    /** Whether an object has the member {@code name}. */
    public boolean has(String name) {
        return members != null && members.containsKey(name);
    }

    /** The member {@code name}, or the missing value. */
    public JsonValue path(String name) {
        JsonValue v = get(name);
        return v == null ? MISSING : v;
    }

    /** The element {@code index}, or the missing value. */
    public JsonValue path(int index) {
        JsonValue v = get(index);
        return v == null ? MISSING : v;
    }

    /** The value at a JSON pointer such as {@code /packageDirectories/0/path}, or the missing value. */
    public JsonValue at(String pointer) {
        JsonValue v = this;
        if (pointer.isEmpty()) {
            return v;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (v.isArray()) {
                try {
                    v = v.path(Integer.parseInt(token));
                } catch (NumberFormatException e) {
                    return MISSING;
                }
            } else {
                v = v.path(token);
            }
        }
        return v;
    }

    /** Members of an object in file order; empty for anything else. */
    public Map<String, JsonValue> members() {
        return members == null ? Map.of() : Collections.unmodifiableMap(members);
    }

    /** Elements of an array; nothing for anything else. */
    @Override
    public Iterator<JsonValue> iterator() {
        return elements == null ? Collections.emptyIterator() : Collections.unmodifiableList(elements).iterator();
    }

    /** Members of an object or elements of an array. */
    public int size() {
        return members != null ? members.size() : elements != null ? elements.size() : 0;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** A string's text, or null for anything else. */
    public String textValue() {
        return kind == Kind.STRING ? scalar : null;
    }

    /** The text of a string, number or boolean; {@code ""} for anything else. */
    public String asText() {
        return scalar == null ? "" : scalar;
    }

    /** The text of a string, number or boolean; {@code fallback} for anything else. */
    public String asText(String fallback) {
        return scalar == null ? fallback : scalar;
    }

    /** {@code true}/{@code false}, also as a string; {@code fallback} for anything else. */
    public boolean asBoolean(boolean fallback) {
        if (kind == Kind.BOOLEAN || kind == Kind.STRING) {
            String s = scalar.strip();
            return "true".equals(s) || !"false".equals(s) && fallback;
        }
        return fallback;
    }

    /** Sets a string member (a new one goes at the end, an existing one keeps its place). */
    public void put(String name, String text) {
        members.put(name, string(text));
    }

    /** Sets a boolean member. */
    public void put(String name, boolean value) {
        members.put(name, new JsonValue(Kind.BOOLEAN, Boolean.toString(value), SourcePosition.FILE));
    }

    /** Sets an empty object member and returns it. */
    public JsonValue putObject(String name) {
        JsonValue o = object();
        members.put(name, o);
        return o;
    }

    /** Sets an empty array member and returns it. */
    public JsonValue putArray(String name) {
        JsonValue a = new JsonValue(Kind.ARRAY, null, SourcePosition.FILE);
        members.put(name, a);
        return a;
    }

    /** Sets a member to {@code value} (a new one goes at the end, an existing one keeps its place). */
    public void put(String name, JsonValue value) {
        members.put(name, value);
    }

    /** Replaces element {@code index} of an array with {@code value}. */
    public void set(int index, JsonValue value) {
        elements.set(index, value);
    }

    /** Whether {@code other} is the same JSON value (as sf would write it), wherever either was read. */
    public boolean sameAs(JsonValue other) {
        return other != null && kind == other.kind && stringify().equals(other.stringify());
    }

    /** Appends an empty object to an array and returns it. */
    public JsonValue addObject() {
        JsonValue o = object();
        elements.add(o);
        return o;
    }

    /** This value in sf's format. */
    public String stringify() {
        StringBuilder b = new StringBuilder(1024);
        write(b, this, 0);
        return b.toString();
    }

    private static void write(StringBuilder b, JsonValue n, int depth) {
        switch (n.kind) {
            case OBJECT -> {
                if (n.members.isEmpty()) {
                    b.append("{}");
                    return;
                }
                b.append("{\n");
                Iterator<Map.Entry<String, JsonValue>> it = n.members.entrySet().iterator();
                while (it.hasNext()) {
                    Map.Entry<String, JsonValue> e = it.next();
                    indent(b, depth + 1);
                    quote(b, e.getKey());
                    b.append(": ");
                    write(b, e.getValue(), depth + 1);
                    b.append(it.hasNext() ? ",\n" : "\n");
                }
                indent(b, depth);
                b.append('}');
            }
            case ARRAY -> {
                if (n.elements.isEmpty()) {
                    b.append("[]");
                    return;
                }
                b.append("[\n");
                for (int i = 0; i < n.elements.size(); i++) {
                    indent(b, depth + 1);
                    write(b, n.elements.get(i), depth + 1);
                    b.append(i < n.elements.size() - 1 ? ",\n" : "\n");
                }
                indent(b, depth);
                b.append(']');
            }
            case STRING -> quote(b, n.scalar);
            case NUMBER, BOOLEAN -> b.append(n.scalar);
            default -> b.append("null");
        }
    }

    private static void indent(StringBuilder b, int depth) {
        b.append("  ".repeat(depth));
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
