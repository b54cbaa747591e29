package io.github.ecamaven.eca.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree exactly as the sf CLI writes sfdx-project.json: {@code JSON.stringify(value, null, 2)} — two
 * spaces, {@code "key": value}, empty containers as {@code {}} / {@code []}, non-ASCII characters unescaped.
 */
public final class SfJson {

    private SfJson() {}

    public static String stringify(JsonNode node) {
        StringBuilder b = new StringBuilder(1024);
        write(b, node, 0);
        return b.toString();
    }

    private static void write(StringBuilder b, JsonNode n, int depth) {
        if (n.isObject()) {
            if (n.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                indent(b, depth + 1);
                quote(b, e.getKey());
                b.append(": ");
                write(b, e.getValue(), depth + 1);
                b.append(it.hasNext() ? ",\n" : "\n");
            }
            indent(b, depth);
            b.append('}');
        } else if (n.isArray()) {
            if (n.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append("[\n");
            for (int i = 0; i < n.size(); i++) {
                indent(b, depth + 1);
                write(b, n.get(i), depth + 1);
                b.append(i < n.size() - 1 ? ",\n" : "\n");
            }
            indent(b, depth);
            b.append(']');
        } else if (n.isTextual()) {
            quote(b, n.textValue());
        } else if (n.isNull() || n.isMissingNode()) {
            b.append("null");
        } else {
            b.append(n.asText());
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
