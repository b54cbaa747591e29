package io.github.ecamaven.eca.packaging;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.config.PropertyNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.WriteScope;
import io.github.ecamaven.eca.sf.SfResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The last package version create request, kept in {@code target/eca/package-version-create.json} the moment sf
 * returns its 08c id, so a build that outlives {@code eca.wait} (or a killed Maven) can be resumed with
 * {@code eca:package-version-report}. Holds no secret.
 */
public final class RequestIdStore {

    /** The file name under {@code target/eca/}. */
    public static final String FILE_NAME = "package-version-create.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final Path buildDirectory;

    public RequestIdStore(Path buildDirectory) {
        this.buildDirectory = buildDirectory;
        this.file = ProjectPaths.buildFolder(buildDirectory).resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** What was recorded. */
    public record Entry(String requestId, String packageAlias, String packageId, String devHub, String status,
            String subscriberPackageVersionId, String versionAlias) {}

    public void record(Entry e) throws IOException {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("requestId", e.requestId());
        n.put("package", e.packageAlias());
        n.put("packageId", e.packageId());
        n.put("targetDevHub", e.devHub());
        n.put("status", e.status());
        n.put("subscriberPackageVersionId", e.subscriberPackageVersionId());
        n.put("versionAlias", e.versionAlias());
        // only inside the build directory, also when target/eca is a symlink
        AtomicFiles.writeAll(Map.of(file, (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n")
                .getBytes(StandardCharsets.UTF_8)), WriteScope.of(buildDirectory));
    }

    /** The recorded entry, or null when there is none. */
    public Entry read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode n;
        try {
            n = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " is not readable JSON (" + e.getMessage() + "); pass -D"
                    + PropertyNames.PACKAGE_VERSION_REPORT_REQUEST_ID + "=08c…", e);
        }
        return new Entry(SfResult.text(n, "requestId"), SfResult.text(n, "package"), SfResult.text(n, "packageId"),
                SfResult.text(n, "targetDevHub"), SfResult.text(n, "status"),
                SfResult.text(n, "subscriberPackageVersionId"), SfResult.text(n, "versionAlias"));
    }
}
