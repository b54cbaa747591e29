package io.github.ecamaven.eca.project;

import java.util.List;

/** Test access to package-private helpers. */
public final class SfdxProjectAccess {

    private SfdxProjectAccess() {}

    public static List<SfdxProject.Problem> comments(String json) {
        return SfdxProject.findComments(json);
    }
}
