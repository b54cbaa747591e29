package io.github.ecamaven.eca.project;

import java.nio.file.Path;

/**
 * A symbolic link in a package directory that the scanner did not follow: it leads outside the project, or nowhere.
 * What it points to is deployed by sf but was not validated.
 *
 * @param path the link
 * @param target where it points (its own text when the target does not exist)
 * @param targetExists whether the target exists
 */
public record LinkedOutFile(Path path, String relativePath, Path target, boolean targetExists)
        implements ProjectFile {}
