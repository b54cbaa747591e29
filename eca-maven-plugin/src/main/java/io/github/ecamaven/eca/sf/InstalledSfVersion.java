package io.github.ecamaven.eca.sf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The version of an installed Salesforce CLI read from its {@code package.json}, without starting it: starting sf
 * costs about a second of CPU, and the version check ran before the first command of every goal. Covers the layouts
 * sf is installed in: npm ({@code node_modules/.bin/sf} → {@code @salesforce/cli/bin/run.js}), a global npm install
 * on Windows ({@code sf.cmd} beside {@code node_modules/@salesforce/cli}) and the installer's tarball
 * ({@code sf/bin/sf} with {@code sf/package.json}). Anything else (a wrapper script, another CLI) gives empty, and
 * the caller asks {@code sf version --json}.
 */
final class InstalledSfVersion {

    static final String PACKAGE_NAME = "@salesforce/cli";
    private static final JsonFactory JSON = new JsonFactory();
    /** A package.json of sf is a few kilobytes; anything larger is not one. */
    private static final long MAX_BYTES = 256 * 1024;

    private InstalledSfVersion() {
    }

    /** The {@code version} of the {@code @salesforce/cli} package the executable belongs to, if it can be found. */
    static Optional<String> of(Path executable) {
        for (Path candidate : candidates(executable)) {
            Optional<String> v = read(candidate);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static List<Path> candidates(Path executable) {
        List<Path> out = new ArrayList<>();
        Path dir = executable.toAbsolutePath().getParent();
        if (dir != null) {
            out.add(dir.resolve("node_modules").resolve("@salesforce").resolve("cli").resolve("package.json"));
        }
        try {
            Path real = executable.toRealPath();
            // run.js or the installer's script lives in bin/, the package.json one folder up
            for (Path p = real.getParent(); p != null && out.size() < 4; p = p.getParent()) {
                out.add(p.resolve("package.json"));
            }
        } catch (IOException e) {
            // not resolvable: the caller falls back to asking sf
        }
        return out;
    }

    private static Optional<String> read(Path packageJson) {
        try {
            if (!Files.isRegularFile(packageJson) || Files.size(packageJson) > MAX_BYTES) {
                return Optional.empty();
            }
            String name = null;
            String version = null;
            try (JsonParser p = JSON.createParser(packageJson.toFile())) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return Optional.empty();
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.VALUE_STRING && "name".equals(field)) {
                        name = p.getText();
                    } else if (value == JsonToken.VALUE_STRING && "version".equals(field)) {
                        version = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            }
            return PACKAGE_NAME.equals(name) && version != null ? Optional.of(version) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or not JSON: ask sf instead
        }
    }
}
