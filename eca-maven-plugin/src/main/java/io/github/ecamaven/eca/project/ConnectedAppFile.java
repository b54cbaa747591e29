package io.github.ecamaven.eca.project;

import java.nio.file.Path;

/**
 * A Connected App file ({@code .connectedApp-meta.xml}) found in a package directory. The validator does not check
 * Connected Apps, but a secret committed in one is as public as in an ECA file, so the secret rules scan its text.
 *
 * @param packageDir the package directory it is in
 */
public record ConnectedAppFile(Path path, String relativePath, PackageDir packageDir) implements ProjectFile {}
