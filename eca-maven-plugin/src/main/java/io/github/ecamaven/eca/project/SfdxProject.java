package io.github.ecamaven.eca.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import io.github.ecamaven.eca.model.io.WriteScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sfdx-project.json, the one reader of it. Three ways to open it:
 * <ul>
 *   <li>{@link #read} (the packaging, generate and org goals): strict JSON; comments (sf silently treats a file with
 *       comments as empty), syntax errors, repeated keys and a non-object are a {@link SfdxProjectException} naming
 *       file, line and column;</li>
 *   <li>{@link #inspect} (eca:validate): never throws; comments, repeated keys (in the same words as {@link #read})
 *       and the syntax error become {@link Problem}s with positions, comments are skipped so the rules still see
 *       the content, and every key and value keeps its position ({@link #keyAt}, {@link #valueAt});</li>
 *   <li>either, then changed in place ({@link #ensurePackageDirectory}, {@link #putPackageAlias}, ...) keeping every
 *       key and its order, and {@link #write written} back in sf's own format so a diff shows only what changed.</li>
 * </ul>
 * Only jackson-core's streaming parser is used (see {@link JsonValue}).
 */
public final class SfdxProject implements ProjectFile {

    /** The file name in the project root. */
    public static final String FILE_NAME = "sfdx-project.json";
    /** The keys of sfdx-project.json the plugin reads and writes, as the sf CLI spells them. */
    public static final String KEY_PACKAGE_DIRECTORIES = "packageDirectories";
    public static final String KEY_PATH = "path";
    public static final String KEY_DEFAULT = "default";
    public static final String KEY_PACKAGE = "package";
    public static final String KEY_VERSION_NUMBER = "versionNumber";
    public static final String KEY_VERSION_NAME = "versionName";
    public static final String KEY_NAMESPACE = "namespace";
    public static final String KEY_SOURCE_API_VERSION = "sourceApiVersion";
    public static final String KEY_PACKAGE_ALIASES = "packageAliases";

    /** A comment or syntax problem found by {@link #inspect}. */
    public record Problem(SourcePosition position, String message) {}

    private static final JsonFactory STRICT = JsonFactory.builder().build();
    private static final JsonFactory LENIENT = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .build();

    private final Path file;
    private final JsonValue json;
    private final boolean trailingNewline;
    private final List<Problem> comments;
    private final Problem syntaxError;
    private final List<Problem> repeatedKeys;

    private SfdxProject(Path file, JsonValue json, boolean trailingNewline, List<Problem> comments,
            Problem syntaxError) {
        this(file, json, trailingNewline, comments, syntaxError, List.of());
    }

    private SfdxProject(Path file, JsonValue json, boolean trailingNewline, List<Problem> comments,
            Problem syntaxError, List<Problem> repeatedKeys) {
        this.repeatedKeys = repeatedKeys;
        this.file = file;
        this.json = json;
        this.trailingNewline = trailingNewline;
        this.comments = comments;
        this.syntaxError = syntaxError;
    }

    /** A new, empty project file (not yet written); sf writes no trailing newline. */
    public static SfdxProject create(Path projectRoot) {
        return new SfdxProject(projectRoot.resolve(FILE_NAME), JsonValue.object(), false, List.of(), null);
    }

    /** Whether {@code projectRoot} has an sfdx-project.json. */
    public static boolean exists(Path projectRoot) {
        return Files.isRegularFile(projectRoot.resolve(FILE_NAME));
    }

    /** Whether {@code projectRoot} has an entry named sfdx-project.json, also a dangling link (validate reports it). */
    public static boolean present(Path projectRoot) {
        Path f = projectRoot.resolve(FILE_NAME);
        return Files.exists(f, LinkOption.NOFOLLOW_LINKS) || Files.exists(f);
    }

    /**
     * Reads {@code <projectRoot>/sfdx-project.json} strictly.
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
        JsonValue node;
        List<JsonValue.Duplicate> duplicates = new ArrayList<>();
        try (JsonParser p = STRICT.createParser(text)) {
            node = JsonValue.read(p, duplicates);
        } catch (JsonProcessingException e) {
            SourcePosition at = position(e);
            throw new SfdxProjectException(file, at.line(), at.column(), JsonProblems.reason(e), e);
        }
        if (!duplicates.isEmpty()) {
            Problem first = duplicate(duplicates.get(0));
            throw new SfdxProjectException(file, first.position().line(), first.position().column(),
                    first.message(), null);
        }
        if (!node.isObject()) {
            throw new SfdxProjectException(file, 1, 1, "sfdx-project.json must hold a JSON object", null);
        }
        return new SfdxProject(file, node, text.endsWith("\n"), List.of(), null);
    }

    /** Reads {@code file} leniently (see the class comment); never throws for its content. */
    public static SfdxProject inspect(Path file) throws IOException {
        String text;
        try {
            text = InputLimits.readUtf8(file);
        } catch (UnreadableFileException e) {
            return new SfdxProject(file, JsonValue.missing(), false, List.of(), new Problem(e.position(), e.reason()));
        }
        return inspect(file, text);
    }

    /** Reads {@code content} leniently as the file at {@code file} (for files not written yet). */
    public static SfdxProject inspect(Path file, byte[] content) throws IOException {
        return inspect(file, new String(content, StandardCharsets.UTF_8));
    }

    private static SfdxProject inspect(Path file, String text) throws IOException {
        List<Problem> comments = findComments(text);
        JsonValue root;
        Problem syntax = null;
        List<JsonValue.Duplicate> duplicates = new ArrayList<>();
        try (JsonParser p = LENIENT.createParser(text)) {
            root = JsonValue.read(p, duplicates);
        } catch (JsonProcessingException e) {
            root = JsonValue.missing();
            syntax = new Problem(position(e), JsonProblems.reason(e)
                    + "; the sf CLI silently treats such a file as empty");
        }
        return new SfdxProject(file, root, text.endsWith("\n"), comments, syntax,
                duplicates.stream().map(SfdxProject::duplicate).toList());
    }

    /** A repeated key as a problem: the same sentence for {@link #read} and {@link #inspect}. */
    private static Problem duplicate(JsonValue.Duplicate d) {
        return new Problem(d.position(), "the key \"" + d.key() + "\" appears twice in one object of"
                + " sfdx-project.json; the sf CLI silently keeps the last value: keep the one you mean");
    }

    private static SourcePosition position(JsonProcessingException e) {
        var l = e.getLocation();
        return l == null ? SourcePosition.FILE : new SourcePosition(Math.max(1, l.getLineNr()), Math.max(0, l.getColumnNr()));
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
                out.add(new Problem(new SourcePosition(line, col), COMMENT));
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                out.add(new Problem(new SourcePosition(line, col), COMMENT));
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

    private static final String COMMENT = "comment in sfdx-project.json: JSON has no comments, and the sf CLI silently"
            + " treats a file with comments as empty; remove it";

    /** The comments {@link #inspect} found; none after {@link #read}, which refuses them. */
    public List<Problem> comments() {
        return comments;
    }

    /** The keys {@link #inspect} found twice in one object (the later value wins); none after {@link #read}. */
    public List<Problem> repeatedKeys() {
        return repeatedKeys;
    }

    /** The syntax error {@link #inspect} found (other than comments), or null; then {@link #json()} is missing. */
    public Problem syntaxError() {
        return syntaxError;
    }

    /** Where the key of {@code pointer} (e.g. {@code /packageDirectories/0/path}) starts; line 1 when unknown. */
    public SourcePosition keyAt(String pointer) {
        SourcePosition p = json.at(pointer).keyPosition();
        return p != null ? p : SourcePosition.FILE;
    }

    /** Where the value at {@code pointer} starts; the key's position when the value is unknown; else line 1. */
    public SourcePosition valueAt(String pointer) {
        JsonValue v = json.at(pointer);
        return v.isMissing() ? keyAt(pointer) : v.position();
    }

    /** Escapes a key for use in a pointer. */
    public static String key(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Text of a top-level string property, or null. */
    public String string(String key) {
        return json.path(key).textValue();
    }

    /** The file, as a file the rules report on (the same as {@link #file()}). */
    @Override
    public Path path() {
        return file();
    }

    /** sfdx-project.json is always at the project root. */
    @Override
    public String relativePath() {
        return FILE_NAME;
    }

    public Path file() {
        return file;
    }

    /** The live JSON tree (missing after a syntax error); changes show in {@link #toJson()}. */
    public JsonValue json() {
        return json;
    }

    public String sourceApiVersion() {
        return text(json, KEY_SOURCE_API_VERSION);
    }

    public void setSourceApiVersion(String version) {
        json.put(KEY_SOURCE_API_VERSION, version);
    }

    /** The namespace prefix, or null when absent or empty. */
    public String namespace() {
        String ns = text(json, KEY_NAMESPACE);
        return ns == null || ns.isEmpty() ? null : ns;
    }

    public void setNamespace(String namespace) {
        json.put(KEY_NAMESPACE, namespace);
    }

    /** The entries of {@code packageDirectories} in file order. */
    public List<PackageDirectory> packageDirectories() {
        List<PackageDirectory> out = new ArrayList<>();
        int i = 0;
        for (JsonValue d : json.path(KEY_PACKAGE_DIRECTORIES)) {
            if (d.isObject()) {
                out.add(new PackageDirectory(d, i));
            }
            i++;
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

    /**
     * The default package directory as sf resolves it: the entry marked {@code "default": true}, or the only entry
     * when it does not say {@code "default": false}; null when there is none.
     */
    public PackageDirectory effectiveDefaultPackageDirectory() {
        PackageDirectory marked = defaultPackageDirectory();
        if (marked != null) {
            return marked;
        }
        JsonValue dirs = json.path(KEY_PACKAGE_DIRECTORIES);
        if (dirs.size() == 1 && dirs.path(0).isObject() && dirs.path(0).path(KEY_DEFAULT).asBoolean(true)) {
            return new PackageDirectory(dirs.path(0), 0);
        }
        return null;
    }

    /**
     * Puts entry {@code index} of packageDirectories back as {@code original} was: its keys in their order with
     * their values, followed by the keys only the entry here has. Returns the keys of {@code original} whose value
     * was missing or different here, in their order.
     */
    public List<String> restorePackageDirectory(int index, JsonValue original) {
        JsonValue dirs = json.path(KEY_PACKAGE_DIRECTORIES);
        JsonValue current = dirs.path(index);
        JsonValue restored = JsonValue.object();
        List<String> lost = new ArrayList<>();
        original.members().forEach((key, value) -> {
            restored.put(key, value);
            if (!value.sameAs(current.get(key))) {
                lost.add(key);
            }
        });
        current.members().forEach((key, value) -> {
            if (!original.has(key)) {
                restored.put(key, value);
            }
        });
        dirs.set(index, restored);
        return lost;
    }

    /** The entry for {@code path}, appended when missing (default only when it is the first). */
    public PackageDirectory ensurePackageDirectory(String path) {
        PackageDirectory existing = packageDirectory(path);
        if (existing != null) {
            return existing;
        }
        JsonValue dirs = json.path(KEY_PACKAGE_DIRECTORIES);
        JsonValue array = dirs.isArray() ? dirs : json.putArray(KEY_PACKAGE_DIRECTORIES);
        JsonValue entry = array.addObject();
        entry.put(KEY_PATH, path);
        entry.put(KEY_DEFAULT, array.size() == 1);
        return new PackageDirectory(entry, array.size() - 1);
    }

    /** {@code packageAliases}: alias → 0Ho/04t id, in file order. */
    public Map<String, String> packageAliases() {
        Map<String, String> out = new LinkedHashMap<>();
        json.path(KEY_PACKAGE_ALIASES).members().forEach((k, v) -> out.put(k, v.asText()));
        return out;
    }

    /** Adds or replaces an alias at the end of {@code packageAliases}, as sf does. */
    public void putPackageAlias(String alias, String id) {
        JsonValue aliases = json.path(KEY_PACKAGE_ALIASES);
        JsonValue obj = aliases.isObject() ? aliases : json.putObject(KEY_PACKAGE_ALIASES);
        obj.put(alias, id);
    }

    /** The file text in sf's format; a trailing newline only when the file read had one. */
    public String toJson() {
        return json.stringify() + (trailingNewline ? "\n" : "");
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

    static String text(JsonValue node, String field) {
        return node.path(field).asText(null);
    }

    /**
     * How package directory {@code path} overlaps package directory {@code other} (both relative to the project
     * root), completing "package directory 'path' ...", or null when the two folders are side by side. Overlapping
     * folders ({@code force-app} and {@code force-app/main/default}; {@code .}, the root, holds every folder) make sf
     * read the same source files as part of two package directories.
     */
    public static String overlap(String path, String other) {
        String x = normalise(path);
        String y = normalise(other);
        boolean xRoot = x.isEmpty() || x.equals(".");
        boolean yRoot = y.isEmpty() || y.equals(".");
        if (x.equals(y) || xRoot && yRoot) {
            return "is the same folder as package directory '" + other + "'";
        }
        if (xRoot) {
            return "is the project root, which holds package directory '" + other + "'";
        }
        if (yRoot || x.startsWith(y + "/")) {
            return "is inside package directory '" + other + "'";
        }
        return y.startsWith(x + "/") ? "holds package directory '" + other + "'" : null;
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
        private final JsonValue node;
        private final int index;

        PackageDirectory(JsonValue node, int index) {
            this.node = node;
            this.index = index;
        }

        public JsonValue json() {
            return node;
        }

        /** Its place in {@code packageDirectories}, from 0. */
        public int index() {
            return index;
        }

        /** The JSON pointer of this entry, e.g. {@code /packageDirectories/0}. */
        public String pointer() {
            return "/packageDirectories/" + index;
        }

        public String path() {
            return text(node, KEY_PATH);
        }

        public boolean isDefault() {
            return node.path(KEY_DEFAULT).asBoolean(false);
        }

        /** {@code package}: the package name or alias this directory builds, or null. */
        public String packageName() {
            return text(node, KEY_PACKAGE);
        }

        public String versionName() {
            return text(node, KEY_VERSION_NAME);
        }

        public String versionNumber() {
            return text(node, KEY_VERSION_NUMBER);
        }

        public void set(String key, String value) {
            node.put(key, value);
        }
    }
}
