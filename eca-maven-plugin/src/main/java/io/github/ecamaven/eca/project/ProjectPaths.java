package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.model.schema.MetadataType;
import java.nio.file.Path;

/**
 * The folders and files of a project that the plugin names by default: the package directory, the org directory,
 * the manifest, the source folder inside a package directory, and the plugin's own folder in the build directory.
 * Every goal and every message reads them here; the constants are compile-time constants, so a goal parameter's
 * {@code defaultValue} can name them too.
 */
public final class ProjectPaths {

    /** The package directory when sfdx-project.json names none, and eca:generate's default. */
    public static final String DEFAULT_PACKAGE_DIRECTORY = "force-app";
    /** The never packaged directory eca:generate writes the org-only files of Packaged apps to by default. */
    public static final String DEFAULT_ORG_DIRECTORY = "eca-org";
    /** The folder of manifests in a project. */
    public static final String MANIFEST_FOLDER = "manifest";
    /** The package.xml eca:generate keeps by default, relative to the project. */
    public static final String DEFAULT_MANIFEST = MANIFEST_FOLDER + "/package.xml";
    /** The folder of the metadata type folders inside a package directory. */
    public static final String SOURCE_FOLDER = MetadataType.SOURCE_FOLDER;
    /** Maven's build directory, relative to the project, when no POM says otherwise. */
    public static final String DEFAULT_BUILD_DIRECTORY = "target";
    /** The plugin's folder inside the build directory: reports, the rotation state, request ids. */
    public static final String BUILD_FOLDER = "eca";
    /** {@link #BUILD_FOLDER} as a goal parameter's {@code defaultValue}. */
    public static final String BUILD_FOLDER_PARAMETER = "${project.build.directory}/" + BUILD_FOLDER;

    private ProjectPaths() {}

    /** The plugin's folder in {@code buildDirectory}: {@code target/eca}. */
    public static Path buildFolder(Path buildDirectory) {
        return buildDirectory.resolve(BUILD_FOLDER);
    }

    /** {@code relative} in the plugin's folder of the default build directory, for messages: {@code target/eca/x}. */
    public static String shownInBuildFolder(String relative) {
        return DEFAULT_BUILD_DIRECTORY + "/" + BUILD_FOLDER + "/" + relative;
    }

    /**
     * A file of a metadata folder in a package directory, relative to the project with forward slashes:
     * {@code <packageDirectory>/main/default/<folder>/<fileName>}.
     */
    public static String sourceFile(String packageDirectory, String folder, String fileName) {
        return packageDirectory + "/" + SOURCE_FOLDER + "/" + folder + "/" + fileName;
    }
}
