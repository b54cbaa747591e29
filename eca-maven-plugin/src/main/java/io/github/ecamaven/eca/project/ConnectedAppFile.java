package io.github.ecamaven.eca.project;

import java.nio.file.Path;

/**
 * A Connected App file ({@code .connectedApp-meta.xml}) found in a package directory. The validator does not check
 * Connected Apps, but a secret committed in one is as public as in an ECA file, so the secret rules scan its text,
 * and a Connected App beside the External Client App it was migrated to is reported.
 *
 * @param packageDir the package directory it is in
 */
public record ConnectedAppFile(Path path, String relativePath, PackageDir packageDir) implements ProjectFile {

    /** The file ending of a Connected App in source format. */
    public static final String SOURCE_SUFFIX = ".connectedApp-meta.xml";
    /** The file ending of a Connected App in Metadata API format. */
    public static final String MDAPI_SUFFIX = ".connectedApp";

    /** The Connected App's name: its file name without the ending. */
    public String appName() {
        return componentName(path.getFileName().toString());
    }

    /** The component name of a Connected App file name, or null when it is not one. */
    public static String componentName(String fileName) {
        if (fileName.endsWith(SOURCE_SUFFIX)) {
            return fileName.substring(0, fileName.length() - SOURCE_SUFFIX.length());
        }
        if (fileName.endsWith(MDAPI_SUFFIX)) {
            return fileName.substring(0, fileName.length() - MDAPI_SUFFIX.length());
        }
        return null;
    }
}
