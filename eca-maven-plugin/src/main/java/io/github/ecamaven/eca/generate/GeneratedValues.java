package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.text.Sha256;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What generate last wrote into each managed field, so that the next run can tell a value changed in the POM (the
 * file still holds what generate wrote: INFO) from a hand edit it overwrites (WARNING). Kept in the build directory
 * as digests only, so no value (a consumer key, a certificate) is copied into it.
 */
final class GeneratedValues {

    private final Path file;
    private final Map<String, String> digests = new HashMap<>();
    private boolean changed;

    private GeneratedValues(Path file) {
        this.file = file;
    }

    /** The values recorded in {@code file}; none when it is null or absent (a fresh clone, after mvn clean). */
    static GeneratedValues load(Path file) throws IOException {
        GeneratedValues v = new GeneratedValues(file);
        if (file != null && Files.isRegularFile(file)) {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            p.stringPropertyNames().forEach(k -> v.digests.put(k, p.getProperty(k)));
        }
        return v;
    }

    /** True when generate wrote exactly {@code value} into this field last time; null when it does not know. */
    Boolean wroteLast(String relativePath, String field, String value) {
        String d = digests.get(key(relativePath, field));
        return d == null ? null : d.equals(digest(value));
    }

    void record(String relativePath, String field, String value) {
        String d = digest(value);
        if (!d.equals(digests.put(key(relativePath, field), d))) {
            changed = true;
        }
    }

    /** Drops what was recorded for this field (a manifest member generate no longer owns). */
    void forget(String relativePath, String field) {
        if (digests.remove(key(relativePath, field)) != null) {
            changed = true;
        }
    }

    void save() throws IOException {
        if (file == null || !changed) {
            return;
        }
        StringWriter w = new StringWriter();
        w.write("# eca:generate: digests of the values it last wrote into each managed field\n");
        new TreeMap<>(digests).forEach((k, d) -> w.write(k.replace(":", "\\:").replace("=", "\\=") + "=" + d + "\n"));
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, w.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String key(String relativePath, String field) {
        return relativePath + "#" + field;
    }

    private static String digest(String value) {
        return Sha256.hex((value == null ? "\u0000" : value).getBytes(StandardCharsets.UTF_8), 16);
    }
}
