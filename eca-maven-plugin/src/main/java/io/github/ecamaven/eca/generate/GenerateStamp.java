package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.text.Sha256;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last successful eca:generate saw, so that the next run with the same configuration over the same files
 * needs no model, no JAXB and no merge: Maven's stale check for generated sources, applied to a project folder. The
 * stamp holds a hash of the run's request (every parameter and every {@code <app>} value) and of the plugin's own
 * jar, and a hash of each file the run read or wrote: sfdx-project.json, the certificates, the generated files.
 * Anything different, or no stamp, means the whole run, which compares values as before and records a new stamp.
 * Only hashes are kept: no configured value (and so no secret) is written to the stamp.
 */
final class GenerateStamp {

    private static final String HEADER = "eca-generate-stamp 1";

    private final Path file;

    GenerateStamp(Path file) {
        this.file = file;
    }

    /**
     * The generated files, relative to the project, when the stamp still holds for {@code request}: the same
     * request, and every recorded file with the recorded content. Null when a full run is needed.
     */
    List<String> upToDate(GenerateRequest request) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // unreadable: the full run decides
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("key " + key(request))) {
            return null;
        }
        List<String> outputs = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] p = line.split(" ", 3);
            if (p.length != 3 || !(p[0].equals("output") || p[0].equals("input"))) {
                return null;
            }
            Path f = request.projectDir().resolve(p[2]);
            if (!p[1].equals(hash(f))) {
                return null;
            }
            if (p[0].equals("output")) {
                outputs.add(p[2]);
            }
        }
        return outputs.isEmpty() ? null : outputs;
    }

    /** Records a successful run that left {@code outputs} (relative to the project) as they now are on disk. */
    void record(GenerateRequest request, List<String> outputs) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append("key ").append(key(request)).append('\n');
        for (String o : outputs) {
            sb.append("output ").append(hash(request.projectDir().resolve(o))).append(' ').append(o).append('\n');
        }
        for (Path in : inputs(request)) {
            sb.append("input ").append(hash(in)).append(' ').append(in).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the stamp: the files may change in a way it cannot see (a failed or partial run). */
    void forget() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Files the run reads besides its outputs: sfdx-project.json and each certificate (absolute paths). */
    private static List<Path> inputs(GenerateRequest request) {
        List<Path> in = new ArrayList<>();
        in.add(request.projectDir().resolve(SfdxProject.FILE_NAME).toAbsolutePath().normalize());
        for (EcaApp app : request.apps()) {
            File cert = app.getCertificateFile();
            if (cert != null) {
                Path p = cert.toPath();
                in.add((p.isAbsolute() ? p : request.baseDir().resolve(p)).toAbsolutePath().normalize());
            }
        }
        return in;
    }

    /** SHA-256 of the file's bytes, or "-" when it is missing or unreadable. */
    private static String hash(Path f) {
        try {
            if (!Files.isRegularFile(f)) {
                return "-";
            }
            return Sha256.hex(Files.readAllBytes(f));
        } catch (IOException e) {
            return "-";
        }
    }

    /**
     * The request, every {@code <app>} value (all fields of {@link EcaApp}, so a new setting is covered without
     * touching this class) and the plugin build, as one hash.
     */
    static String key(GenerateRequest request) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("plugin", pluginBuild());
        // every component of the request, so a parameter added later is covered without touching this class
        for (RecordComponent c : GenerateRequest.class.getRecordComponents()) {
            if (c.getName().equals("apps")) {
                continue;
            }
            try {
                Object v = c.getAccessor().invoke(request);
                parts.put(c.getName(), v instanceof Map<?, ?> m ? new TreeMap<>(m) : v);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read GenerateRequest." + c.getName(), e);
            }
        }
        int i = 0;
        for (EcaApp app : request.apps()) {
            for (Field f : appFields()) {
                try {
                    parts.put("app" + i + "." + f.getName(), f.get(app));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read EcaApp." + f.getName(), e);
                }
            }
            i++;
        }
        MessageDigest md = Sha256.digest();
        parts.forEach((k, v) -> {
            // length-prefixed, so no two different requests give the same text
            String text = String.valueOf(v);
            md.update((k.length() + ":" + k + "=" + text.length() + ":" + text + "\n").getBytes(StandardCharsets.UTF_8));
        });
        return HexFormat.of().formatHex(md.digest());
    }

    private static List<Field> appFields() {
        List<Field> fields = new ArrayList<>();
        for (Field f : EcaApp.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                f.setAccessible(true);
                fields.add(f);
            }
        }
        fields.sort(Comparator.comparing(Field::getName));
        return fields;
    }

    /** The jar (or class folder) the plugin runs from, with its size and time: a rebuilt SNAPSHOT is another plugin. */
    private static String pluginBuild() {
        CodeSource cs = GenerateStamp.class.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return "unknown";
        }
        try {
            Path p = Path.of(cs.getLocation().toURI());
            return p + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return cs.getLocation().toString();
        }
    }
}
