package io.github.ecamaven.eca.validate.project;

import java.util.List;

/** Test access to package-private helpers. */
public final class SfdxProjectFileAccess {

    private SfdxProjectFileAccess() {}

    public static List<SfdxProjectFile.Problem> comments(String json) {
        return SfdxProjectFile.findComments(json);
    }
}
