package io.github.ecamaven.eca.fuzz;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.migrate.ConnectedAppConverter;
import io.github.ecamaven.eca.migrate.ConnectedAppSource;
import io.github.ecamaven.eca.migrate.Eligibility;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.connectedapp.ConnectedApp;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.project.SfdxProjectException;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.ValidationRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every input must come to: read as the goals read it (validate, generate's merge, migrate's conversion, the
 * project file), it ends in a model or in one file-level error naming the file and a line; with the whole validator
 * it ends in findings, and an unreadable file has a finding with its path and line. Anything else (an unchecked
 * exception, an error without a line, raw exception text) is returned as the defect.
 */
final class InputOracle {

    /** The kinds of input, by where they live in a project. */
    enum Kind {
        ECA("force-app/main/default/externalClientApps/Fuzz_App.eca-meta.xml"),
        OAUTH("force-app/main/default/extlClntAppOauthSettings/Fuzz_App_oauth.ecaOauth-meta.xml"),
        GLOBAL("force-app/main/default/extlClntAppGlobalOauthSets/Fuzz_App_glbloauth.ecaGlblOauth-meta.xml"),
        OAUTH_POLICIES("force-app/main/default/extlClntAppOauthPolicies/Fuzz_App_oauthPlcy.ecaOauthPlcy-meta.xml"),
        POLICIES("force-app/main/default/extlClntAppPolicies/Fuzz_App_plcy.ecaPlcy-meta.xml"),
        MANIFEST("manifest/package.xml"),
        CONNECTED_APP("force-app/main/default/connectedApps/Old_App.connectedApp-meta.xml"),
        PROJECT("sfdx-project.json");

        final String path;

        Kind(String path) {
            this.path = path;
        }

        /** The kind a fixture file name stands for, by its ending. */
        static Kind ofFileName(String name) {
            for (Kind k : values()) {
                String suffix = k.path.substring(k.path.lastIndexOf('/') + 1);
                suffix = k == MANIFEST ? suffix : suffix.substring(suffix.indexOf('.'));
                if (name.endsWith(suffix)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no kind for " + name);
        }
    }

    /** How a case ended. */
    enum Outcome { READ, FILE_ERROR }

    private static final ConnectedAppConverter.Settings SETTINGS =
            new ConnectedAppConverter.Settings(ApiVersion.of(66), Map.of(), false, null);

    private InputOracle() {}

    /**
     * Reads {@code content} as a file of {@code kind} at its place in {@code project} (written there only for
     * sfdx-project.json; {@link #validate} needs the file in place).
     *
     * @throws AssertionError naming the defect
     */
    static Outcome read(Path project, Kind kind, byte[] content) throws IOException {
        Path file = project.resolve(kind.path);
        if (kind == Kind.PROJECT) {
            Files.write(file, content); // the project-file readers take the project folder
            return readProject(project, file);
        }
        MetadataDocument<MetadataComponent> doc;
        try {
            doc = MetadataXml.read(file, content); // as read from the file (the size limit applies the same way)
        } catch (EcaXmlException e) {
            checkFileError(file, e.file(), e.line(), e.reason());
            return Outcome.FILE_ERROR;
        }
        doc.duplicates();
        doc.unknownElements();
        doc.toXml(); // generate merges its model into the file read
        if (doc.model() instanceof ConnectedApp) {
            @SuppressWarnings("unchecked")
            MetadataDocument<ConnectedApp> app = (MetadataDocument<ConnectedApp>) (MetadataDocument<?>) doc;
            ConnectedAppSource source = new ConnectedAppSource("Old_App", file, app);
            Eligibility.check(source, ApiVersion.of(66), null, false);
            ConnectedAppConverter.convert(source, SETTINGS);
        }
        return Outcome.READ;
    }

    private static Outcome readProject(Path project, Path file) throws IOException {
        try {
            SfdxProject.read(project).packageDirectories(); // the strict reading of generate and the org goals
        } catch (SfdxProjectException e) {
            checkFileError(file, e.file(), e.line(), e.getMessage());
        }
        SfdxProject lenient = SfdxProject.inspect(file); // eca:validate's reading
        if (lenient.syntaxError() != null) {
            checkFileError(file, file, lenient.syntaxError().position().line(), lenient.syntaxError().message());
            return Outcome.FILE_ERROR;
        }
        return Outcome.READ;
    }

    private static void checkFileError(Path expected, Path file, int line, String reason) {
        if (file == null || !file.equals(expected)) {
            throw new AssertionError("error names " + file + " instead of " + expected + ": " + reason);
        }
        if (line < 1) {
            throw new AssertionError("error without a line: " + reason);
        }
        if (reason == null || reason.isBlank() || reason.contains("Exception") || reason.contains("\tat ")) {
            throw new AssertionError("error without a reason in words: " + reason);
        }
    }

    /**
     * Validates {@code project} (with the file of {@code kind} already in place): findings, never an exception; an
     * unreadable metadata file has a finding with its path and a line.
     */
    static List<Finding> validate(Path project, Kind kind, byte[] content, Outcome outcome) throws IOException {
        Path file = project.resolve(kind.path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        List<Finding> findings = EcaValidator.validate(ValidationRequest.of(project), EcaLog.NONE).findings();
        if (outcome == Outcome.FILE_ERROR && kind != Kind.CONNECTED_APP) {
            boolean named = findings.stream().anyMatch(f -> f.path().equals(kind.path) && f.line() >= 1);
            if (!named) {
                throw new AssertionError("no finding names " + kind.path + " with a line; findings: " + findings);
            }
        }
        return findings;
    }
}
