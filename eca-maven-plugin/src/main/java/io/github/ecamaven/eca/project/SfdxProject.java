package io.github.ecamaven.eca.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import io.github.ecamaven.eca.model.io.WriteScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sfdx-project.json: read strictly (sf silently treats a file with comments as empty, so we refuse it with the line),
 * changed in place keeping every key and its order, and written back in sf's own format so a diff shows only what
 * changed.
 */
public final class SfdxProject {

    /** The file name in the project root. */
    public static final String FILE_NAME = "sfdx-project.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Path file;
    private final ObjectNode json;
    private final boolean trailingNewline;

    private SfdxProject(Path file, ObjectNode json, boolean trailingNewline) {
        this.file = file;
        this.json = json;
        this.trailingNewline = trailingNewline;
    }

    /** A new, empty project file (not yet written); sf writes no trailing newline. */
    public static SfdxProject create(Path projectRoot) {
        return new SfdxProject(projectRoot.resolve(FILE_NAME), MAPPER.createObjectNode(), false);
    }

    /** Whether {@code projectRoot} has an sfdx-project.json. */
    public static boolean exists(Path projectRoot) {
        return Files.isRegularFile(projectRoot.resolve(FILE_NAME));
    }

    /**
     * Reads {@code <projectRoot>/sfdx-project.json}.
     *
     * @throws SfdxProjectException with line and column when it is not strict JSON or not an object
     */
    public static SfdxProject read(Path projectRoot) throws SfdxProjectException, IOException {
        Path file = projectRoot.resolve(FILE_NAME);
        String text;
        try {
            text = InputLimits.readUtf8(file);
        } catch (UnreadableFileException e) {
            throw new SfdxProjectException(file, e.line(), e.column(), e.reason(), e);
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SfdxProjectException(file, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()), JsonProblems.reason(e), e);
        }
        if (node == null || !node.isObject()) {
            throw new SfdxProjectException(file, 1, 1, "sfdx-project.json must hold a JSON object", null);
        }
        return new SfdxProject(file, (ObjectNode) node, text.endsWith("\n"));
    }

    public Path file() {
        return file;
    }

    /** The live JSON tree; changes show in {@link #toJson()}. */
    public ObjectNode json() {
        return json;
    }

    public String sourceApiVersion() {
        return text(json, "sourceApiVersion");
    }

    public void setSourceApiVersion(String version) {
        json.put("sourceApiVersion", version);
    }

    /** The namespace prefix, or null when absent or empty. */
    public String namespace() {
        String ns = text(json, "namespace");
        return ns == null || ns.isEmpty() ? null : ns;
    }

    public void setNamespace(String namespace) {
        json.put("namespace", namespace);
    }

    /** The entries of {@code packageDirectories} in file order. */
    public List<PackageDirectory> packageDirectories() {
        List<PackageDirectory> out = new ArrayList<>();
        JsonNode dirs = json.get("packageDirectories");
        if (dirs != null && dirs.isArray()) {
            for (JsonNode d : dirs) {
                if (d.isObject()) {
                    out.add(new PackageDirectory((ObjectNode) d));
                }
            }
        }
        return out;
    }

    /** The entry whose {@code path} equals {@code path} (after normalising slashes), or null. */
    public PackageDirectory packageDirectory(String path) {
        String wanted = normalise(path);
        for (PackageDirectory d : packageDirectories()) {
            if (wanted.equals(normalise(d.path()))) {
                return d;
            }
        }
        return null;
    }

    /** The default package directory, or null. */
    public PackageDirectory defaultPackageDirectory() {
        for (PackageDirectory d : packageDirectories()) {
            if (d.isDefault()) {
                return d;
            }
        }
        return null;
    }

    /** The entry for {@code path}, appended when missing (default only when it is the first). */
    public PackageDirectory ensurePackageDirectory(String path) {
        PackageDirectory existing = packageDirectory(path);
        if (existing != null) {
            return existing;
        }
        JsonNode dirs = json.get("packageDirectories");
        ArrayNode array = dirs != null && dirs.isArray() ? (ArrayNode) dirs : json.putArray("packageDirectories");
        ObjectNode entry = array.addObject();
        entry.put("path", path);
        entry.put("default", array.size() == 1);
        return new PackageDirectory(entry);
    }

    /** {@code packageAliases}: alias → 0Ho/04t id, in file order. */
    public Map<String, String> packageAliases() {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode aliases = json.get("packageAliases");
        if (aliases != null && aliases.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = aliases.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }

    /** Adds or replaces an alias at the end of {@code packageAliases}, as sf does. */
    public void putPackageAlias(String alias, String id) {
        JsonNode aliases = json.get("packageAliases");
        ObjectNode obj = aliases != null && aliases.isObject() ? (ObjectNode) aliases : json.putObject("packageAliases");
        obj.put(alias, id);
    }

    /** The file text in sf's format; a trailing newline only when the file read had one. */
    public String toJson() {
        return SfJson.stringify(json) + (trailingNewline ? "\n" : "");
    }

    /**
     * Writes the file atomically when its content changes.
     *
     * @return whether it was written
     */
    public boolean write() throws IOException {
        return AtomicFiles.writeIfChanged(file, toJson().getBytes(StandardCharsets.UTF_8),
                WriteScope.of(file.toAbsolutePath().getParent()));
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String normalise(String path) {
        if (path == null) {
            return "";
        }
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** One entry of {@code packageDirectories}. */
    public static final class PackageDirectory {
        private final ObjectNode node;

        PackageDirectory(ObjectNode node) {
            this.node = node;
        }

        public ObjectNode json() {
            return node;
        }

        public String path() {
            return text(node, "path");
        }

        public boolean isDefault() {
            JsonNode d = node.get("default");
            return d != null && d.asBoolean(false);
        }

        /** {@code package}: the package name or alias this directory builds, or null. */
        public String packageName() {
            return text(node, "package");
        }

        public String versionName() {
            return text(node, "versionName");
        }

        public String versionNumber() {
            return text(node, "versionNumber");
        }

        public void set(String key, String value) {
            node.put(key, value);
        }
    }
}
