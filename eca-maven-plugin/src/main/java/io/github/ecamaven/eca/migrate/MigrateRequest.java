package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.config.ParameterValues;
import io.github.ecamaven.eca.config.PropertyNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code eca:migrate} was asked to do.
 *
 * @param projectDir root of the sfdx project
 * @param reportDir where {@code migrate-<App>.md} goes ({@code target/eca})
 * @param apps the Connected Apps to migrate; empty means all found (an empty or blank item is refused)
 * @param confirm the acknowledgement that no selected app relies on the username-password flow
 * @param dryRun only report, write nothing into the project
 * @param overwrite replace existing ECA files of the same names
 * @param removeSource delete the Connected App files (and their manifest entries) after writing
 * @param emitPom print the {@code <app>} configuration for eca:generate
 * @param keepConsumerKey copy the consumer key into the global OAuth settings
 * @param includeDevHub also migrate {@code DEVHUB_…} platform apps
 * @param apexHandlers Connected App name → replacement ECA OAuth handler class (for apps with an Apex plugin)
 * @param apiVersion target API version; null means the project's {@code sourceApiVersion}
 * @param buildDir the build directory; with the project, the only place migrate writes (null: {@code target})
 * @param failOnRefused a dry run fails when an app is refused (a run that writes always does: it writes nothing then)
 */
public record MigrateRequest(
        Path projectDir,
        Path reportDir,
        List<String> apps,
        boolean confirm,
        boolean dryRun,
        boolean overwrite,
        boolean removeSource,
        boolean emitPom,
        boolean keepConsumerKey,
        boolean includeDevHub,
        Map<String, String> apexHandlers,
        String apiVersion,
        Path buildDir,
        boolean failOnRefused) {

    public MigrateRequest {
        buildDir = buildDir != null ? buildDir : projectDir.resolve(ProjectPaths.DEFAULT_BUILD_DIRECTORY);
        apps = ParameterValues.list(PropertyNames.describe(PropertyNames.APP_NAMES), apps);
        apexHandlers = apexHandlers == null ? Map.of() : Map.copyOf(apexHandlers);
    }

    /** A request whose dry run only reports refused apps. */
    public MigrateRequest(Path projectDir, Path reportDir, List<String> apps, boolean confirm, boolean dryRun,
            boolean overwrite, boolean removeSource, boolean emitPom, boolean keepConsumerKey, boolean includeDevHub,
            Map<String, String> apexHandlers, String apiVersion, Path buildDir) {
        this(projectDir, reportDir, apps, confirm, dryRun, overwrite, removeSource, emitPom, keepConsumerKey,
                includeDevHub, apexHandlers, apiVersion, buildDir, false);
    }

    /** A request with every switch off, for tests and callers that set a few. */
    public static MigrateRequest of(Path projectDir) {
        return new MigrateRequest(projectDir,
                ProjectPaths.buildFolder(projectDir.resolve(ProjectPaths.DEFAULT_BUILD_DIRECTORY)), List.of(), false,
                false, false, false, false, false, false, Map.of(), null, null);
    }

    public MigrateRequest withApps(List<String> value) {
        return new MigrateRequest(projectDir, reportDir, value, confirm, dryRun, overwrite, removeSource, emitPom,
                keepConsumerKey, includeDevHub, apexHandlers, apiVersion, buildDir, failOnRefused);
    }

    public MigrateRequest withConfirm(boolean value) {
        return new MigrateRequest(projectDir, reportDir, apps, value, dryRun, overwrite, removeSource, emitPom,
                keepConsumerKey, includeDevHub, apexHandlers, apiVersion, buildDir, failOnRefused);
    }

    public MigrateRequest withDryRun(boolean value) {
        return new MigrateRequest(projectDir, reportDir, apps, confirm, value, overwrite, removeSource, emitPom,
                keepConsumerKey, includeDevHub, apexHandlers, apiVersion, buildDir, failOnRefused);
    }

    public MigrateRequest withOverwrite(boolean value) {
        return new MigrateRequest(projectDir, reportDir, apps, confirm, dryRun, value, removeSource, emitPom,
                keepConsumerKey, includeDevHub, apexHandlers, apiVersion, buildDir, failOnRefused);
    }

    public MigrateRequest withRemoveSource(boolean value) {
        return new MigrateRequest(projectDir, reportDir, apps, confirm, dryRun, overwrite, value, emitPom,
                keepConsumerKey, includeDevHub, apexHandlers, apiVersion, buildDir, failOnRefused);
    }

    public MigrateRequest withEmitPom(boolean value) {
        return new MigrateRequest(projectDir, reportDir, apps, confirm, dryRun, overwrite, removeSource, value,
                keepConsumerKey, includeDevHub, apexHandlers, apiVersion, buildDir, failOnRefused);
    }

    public MigrateRequest withFailOnRefused(boolean value) {
        return new MigrateRequest(projectDir, reportDir, apps, confirm, dryRun, overwrite, removeSource, emitPom,
                keepConsumerKey, includeDevHub, apexHandlers, apiVersion, buildDir, value);
    }

    /** {@code App:HandlerClass} items → app → handler class. */
    public static java.util.Map<String, String> parseHandlers(java.util.List<String> items) throws MigrationException {
        java.util.Map<String, String> handlers = new java.util.LinkedHashMap<>();
        for (String item : items == null ? java.util.List.<String>of() : items) {
            int colon = item.indexOf(':');
            if (colon <= 0 || colon == item.length() - 1) {
                throw new MigrationException(PropertyNames.MIGRATE_APEX_HANDLERS + ": '" + item
                        + "' is not App:HandlerClass");
            }
            handlers.put(item.substring(0, colon).trim(), item.substring(colon + 1).trim());
        }
        return handlers;
    }
}
