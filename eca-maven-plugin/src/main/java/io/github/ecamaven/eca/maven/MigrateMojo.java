package io.github.ecamaven.eca.maven;

import static io.github.ecamaven.eca.config.PropertyNames.*;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.migrate.MigrateRequest;
import io.github.ecamaven.eca.migrate.Migrator;
import io.github.ecamaven.eca.migrate.ValidatorOutputCheck;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Converts the project's Connected Apps into External Client App metadata, offline, with the eligibility checks of
 * Salesforce's own "Migrate" button. Writes every file or none, and a report per app to
 * {@code target/eca/migrate-<App>.md}; the console gets one line per app.
 *
 * @since 0.1.0
 */
@Mojo(name = "migrate", threadSafe = true, requiresProject = false)
public class MigrateMojo extends AbstractEcaMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = MIGRATE_SKIP, defaultValue = "false")
    private String skipMigrate;

    /**
     * API names of the Connected Apps to migrate ({@code -Deca.appNames=A,B}); empty migrates every one found.
     *
     * @since 0.1.0
     */
    @Parameter(property = APP_NAMES)
    private List<String> appNames;

    /**
     * Acknowledges that no integration of the selected apps uses the username-password flow (External Client Apps
     * do not support it and metadata cannot show it). Nothing is written without it.
     *
     * @since 0.1.0
     */
    @Parameter(property = MIGRATE_CONFIRM, defaultValue = "false")
    private String confirm;

    /** Only reports; writes nothing into the project. Refused apps are listed; see {@code failOnRefused}.
     * @since 0.1.0 */
    @Parameter(property = MIGRATE_DRY_RUN, defaultValue = "false")
    private String dryRun;

    /** Fails a dry run when an app is refused; a run that writes always fails then (it writes nothing).
     * @since 0.2.0 */
    @Parameter(property = MIGRATE_FAIL_ON_REFUSED, defaultValue = "false")
    private String failOnRefused;

    /** Replaces existing ECA files of the same names.
     * @since 0.1.0 */
    @Parameter(property = MIGRATE_OVERWRITE, defaultValue = "false")
    private String overwrite;

    /**
     * Deletes the Connected App files (and their package.xml entries) after writing.
     *
     * @since 0.1.0
     */
    @Parameter(property = MIGRATE_REMOVE_SOURCE, defaultValue = "false")
    private String removeSource;

    /**
     * Prints one {@code <apps>} block, the configuration of eca:generate that reproduces the converted apps.
     *
     * @since 0.1.0
     */
    @Parameter(property = MIGRATE_EMIT_POM, defaultValue = "false")
    private String emitPom;

    /**
     * Copies the consumer key into the global OAuth settings. Consumer keys are globally unique: deploy only after
     * the Connected App was deleted from the target org. The consumer secret is never written.
     *
     * @since 0.1.0
     */
    @Parameter(property = MIGRATE_KEEP_CONSUMER_KEY, defaultValue = "false")
    private String keepConsumerKey;

    /**
     * Also migrates {@code DEVHUB_…} platform apps, skipped by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = MIGRATE_INCLUDE_DEV_HUB, defaultValue = "false")
    private String includeDevHub;

    /**
     * Replacement ECA OAuth handlers (classes extending {@code Auth.ExternalClientAppOauthHandler}) for apps with an
     * Apex plugin, as {@code App:HandlerClass} items, comma-separated.
     *
     * @since 0.1.0
     */
    @Parameter(property = MIGRATE_APEX_HANDLERS)
    private List<String> apexHandlers;

    /**
     * Target API version; empty means the {@code sourceApiVersion} of sfdx-project.json (66.0 without one).
     *
     * @since 0.1.0
     */
    @Parameter(property = API_VERSION)
    private String apiVersion;

    /**
     * Directory of the migration reports ({@code migrate-<App>.md}).
     *
     * @since 0.1.0
     */
    @Parameter(property = REPORT_DIRECTORY, defaultValue = ProjectPaths.BUILD_FOLDER_PARAMETER)
    private File reportDirectory;

    @Override
    protected String goalName() {
        return "migrate";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipMigrate", skipMigrate, MIGRATE_SKIP);
    }

    @Override
    protected void run() throws Exception {
        File reports = resolved(reportDirectory) != null ? reportDirectory : new File(buildDirectory(), ProjectPaths.BUILD_FOLDER);
        new Migrator(ecaLog(), new ValidatorOutputCheck()).run(new MigrateRequest(projectDirectory.toPath(),
                reports.toPath(), list(appNames, APP_NAMES), flag(confirm, MIGRATE_CONFIRM),
                flag(dryRun, MIGRATE_DRY_RUN), flag(overwrite, MIGRATE_OVERWRITE),
                flag(removeSource, MIGRATE_REMOVE_SOURCE), flag(emitPom, MIGRATE_EMIT_POM),
                flag(keepConsumerKey, MIGRATE_KEEP_CONSUMER_KEY), flag(includeDevHub, MIGRATE_INCLUDE_DEV_HUB),
                MigrateRequest.parseHandlers(list(apexHandlers, MIGRATE_APEX_HANDLERS)), apiVersion,
                buildDirectory().toPath(), flag(failOnRefused, MIGRATE_FAIL_ON_REFUSED)));
    }
}
