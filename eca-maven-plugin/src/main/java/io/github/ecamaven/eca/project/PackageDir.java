package io.github.ecamaven.eca.project;

import java.nio.file.Path;

/**
 * One entry of {@code packageDirectories}.
 *
 * @param path the path as written
 * @param dir resolved against the project root
 * @param isDefault {@code "default": true}
 * @param packageName the {@code package} name, or null for a plain source directory
 * @param pointer JSON pointer of the entry, e.g. {@code /packageDirectories/0}
 */
public record PackageDir(String path, Path dir, boolean isDefault, String packageName, String pointer) {

    /** Whether {@code sf package version create} builds this directory into a package. */
    public boolean isPackaged() {
        return packageName != null;
    }
}
