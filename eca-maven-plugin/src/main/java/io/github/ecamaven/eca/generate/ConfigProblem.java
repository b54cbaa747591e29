package io.github.ecamaven.eca.generate;

/**
 * One mistake in the configuration: where it is in the POM and what to do about it.
 *
 * @param app the app's API name, or null for a project parameter
 * @param element the POM element (for example {@code <scopes><scope>}) or parameter ({@code <apiVersion>})
 * @param message what is wrong and the fix
 */
public record ConfigProblem(String app, String element, String message) {

    @Override
    public String toString() {
        return (app == null ? "" : "<app> " + app + ": ") + element + ": " + message;
    }
}
