package io.github.ecamaven.eca.validate.project;

import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.project.JsonValue;
import io.github.ecamaven.eca.project.SfdxProject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code sfdx-project.json} as a file the rules report on: the lenient reading of {@link SfdxProject#inspect}
 * (comments and syntax errors with their positions, since the sf CLI treats such a file as empty; the content
 * still readable, with the line of every key).
 */
public final class SfdxProjectFile implements ProjectFile {

    private final SfdxProject project;
    private final String relativePath;

    private SfdxProjectFile(SfdxProject project, String relativePath) {
        this.project = project;
        this.relativePath = relativePath;
    }

    public static SfdxProjectFile read(Path path, String relativePath) throws IOException {
        return new SfdxProjectFile(SfdxProject.inspect(path), relativePath);
    }

    /** Reads {@code content} as the file at {@code path} (for files not written yet). */
    public static SfdxProjectFile read(Path path, String relativePath, byte[] content) throws IOException {
        return new SfdxProjectFile(SfdxProject.inspect(path, content), relativePath);
    }

    @Override
    public Path path() {
        return project.file();
    }

    @Override
    public String relativePath() {
        return relativePath;
    }

    /** The project file as read. */
    public SfdxProject project() {
        return project;
    }

    public List<SfdxProject.Problem> comments() {
        return project.comments();
    }

    /** A syntax error other than comments, or null. */
    public SfdxProject.Problem syntaxError() {
        return project.syntaxError();
    }

    /** The content (comments ignored); the missing value when the file is not JSON. */
    public JsonValue root() {
        return project.json();
    }

    /** Where the value at {@code pointer} starts; the key's position when the value is unknown; else line 1. */
    public SourcePosition valueAt(String pointer) {
        return project.valueAt(pointer);
    }

    /** Where the key of {@code pointer} starts; line 1 when unknown. */
    public SourcePosition keyAt(String pointer) {
        return project.keyAt(pointer);
    }

    /** Text of a top-level string property, or null. */
    public String string(String key) {
        return project.string(key);
    }

    /** {@code sourceApiVersion} when it is a string, or null. */
    public String sourceApiVersion() {
        return string("sourceApiVersion");
    }

    /** Escapes a key for use in a pointer. */
    public static String key(String name) {
        return SfdxProject.key(name);
    }
}
