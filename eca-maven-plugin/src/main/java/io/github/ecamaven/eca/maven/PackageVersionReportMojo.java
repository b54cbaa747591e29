package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.packaging.VersionCreator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reports a package version build — the one recorded by {@code eca:package-version-create} in
 * {@code target/eca/package-version-create.json}, or {@code eca.packageVersionReport.requestId} — and, once it
 * succeeded, writes the {@code <package>@<version>} alias into sfdx-project.json if it is not there (sf's own
 * report never does).
 *
 * <pre>mvn eca:package-version-report -Deca.targetDevHub=my-dev-hub</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "package-version-report", threadSafe = true)
public class PackageVersionReportMojo extends AbstractDevHubMojo {

    /**
     * The package version create request id (08c…). Empty means the recorded one.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION_REPORT_REQUEST_ID, defaultValue = "")
    private String requestId;

    /**
     * How long to keep following an unfinished build: minutes ({@code 20}), a unit ({@code 90s}, {@code 20m}) or
     * ISO-8601 ({@code PT20S}); 0 reports once.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.WAIT, defaultValue = "0")
    private String wait;

    /**
     * Seconds between two status polls while waiting.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.POLL_INTERVAL, defaultValue = "30")
    private int pollInterval;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION_REPORT_SKIP, defaultValue = "false")
    private String skipPackageVersionReport;

    @Override
    protected String goalName() {
        return "package-version-report";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipPackageVersionReport", skipPackageVersionReport,
                PropertyNames.PACKAGE_VERSION_REPORT_SKIP);
    }

    @Override
    protected void run() throws Exception {
        new VersionCreator(packagingContext()).report(new VersionCreator.ReportRequest(
                blankToNull(targetDevHub), blankToNull(requestId), duration(PropertyNames.WAIT, wait), pollInterval));
    }
}
