package io.github.ecamaven.eca.packaging;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfOption;
import io.github.ecamaven.eca.sf.SfErrorException;
import io.github.ecamaven.eca.sf.SfResult;
import io.github.ecamaven.eca.sf.TargetOrgs;
import io.github.ecamaven.eca.sf.WaitProgress;
import io.github.ecamaven.eca.text.Durations;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code sf package version create} without losing the request id: runs the packaging checks, queues the build with
 * {@code --wait 0}, records the 08c id under {@code target/eca/} at once, then polls {@code package version create
 * report} itself (a progress line per poll) until the build finishes or {@code wait} runs out. On success it writes
 * the {@code <package>@<major.minor.patch>-<build>} alias into sfdx-project.json (sf does that only while it waits
 * itself). {@link #report} resumes from the recorded id.
 */
public final class VersionCreator {

    /**
     * What to build. {@code pkg} null means the package of the default package directory; exactly one of
     * {@code installationKey} and {@code installationKeyBypass}.
     */
    public record Request(String devHub, String pkg, Secret installationKey, boolean installationKeyBypass,
            Duration waitFor, int pollSeconds, boolean codeCoverage, boolean skipValidation, String versionName,
            String versionNumber, String versionDescription, String branch, String tag) {}

    /** Resume: {@code requestId} null means the recorded one. */
    public record ReportRequest(String devHub, String requestId, Duration waitFor, int pollSeconds) {}

    private final PackagingContext ctx;

    public VersionCreator(PackagingContext ctx) {
        this.ctx = ctx;
    }

    public VersionBuild create(Request r) throws PackagingException, SfCliException, IOException {
        SfOption.atLeast(PropertyNames.POLL_INTERVAL, r.pollSeconds(), 1, "second");
        if ((r.installationKey() == null) == !r.installationKeyBypass()) {
            throw PackagingException.content("give exactly one of an installation key (-D"
                    + PropertyNames.INSTALLATION_KEY_ENV + "=<ENV_VAR> or -D" + PropertyNames.INSTALLATION_KEY_SERVER
                    + "=<settings.xml server id>) and -D" + PropertyNames.PACKAGE_VERSION_CREATE_INSTALLATION_KEY_BYPASS
                    + "=true, as sf demands.");
        }
        SfdxProject project = ctx.readProject();
        Map<String, String> aliases = project.packageAliases();
        String pkg = r.pkg();
        SfdxProject.PackageDirectory dir;
        if (pkg == null || pkg.isBlank()) {
            dir = project.defaultPackageDirectory();
            if (dir == null || dir.packageName() == null) {
                throw PackagingException.content("no -D" + PropertyNames.PACKAGE_NAME
                        + " given and the default package directory of "
                        + project.file() + " names no \"package\"; create one with eca:package-create first.");
            }
            pkg = dir.packageName();
        } else {
            dir = packageDirectoryOf(project, pkg);
        }
        String packageId = pkg.startsWith("0Ho") ? pkg : aliases.get(pkg);
        if (packageId == null) {
            throw PackagingException.content("package '" + pkg + "' is not an alias in packageAliases of "
                    + project.file() + " (known: " + String.join(", ", aliases.keySet()) + "). Create it with"
                    + " eca:package-create or pass its alias or 0Ho id.");
        }
        if (dir == null) {
            throw PackagingException.content("no packageDirectories entry of " + project.file() + " has \"package\": \""
                    + pkg + "\"; sf would not know what to upload.");
        }
        if (project.effectiveDefaultPackageDirectory() == null) {
            throw PackagingException.content(project.file() + " has no package directory marked \"default\": true,"
                    + " and sf package version create stops without one (MissingDefaultPathError). Mark one entry"
                    + " \"default\": true, usually packageDirectories[" + dir.index() + "] ('" + dir.path()
                    + "'), which builds '" + pkg + "'.");
        }
        var problems = PackagingChecks.check(ctx.projectRoot(), ctx.projectRoot().resolve(dir.path()));
        if (!problems.isEmpty()) {
            throw PackagingException.content("the package directory '" + dir.path() + "' cannot be packaged as is ("
                    + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
                    + String.join("\n  ", problems));
        }
        SfCommand cmd = SfCommand.of("package", "version", "create")
                .option("--package", pkg)
                .secret("--installation-key", r.installationKey())
                .flag("--installation-key-bypass", r.installationKeyBypass())
                .option("--version-name", r.versionName())
                .option("--version-number", r.versionNumber())
                .option("--version-description", r.versionDescription())
                .option("--branch", r.branch())
                .option("--tag", r.tag())
                .flag("--code-coverage", r.codeCoverage())
                .flag("--skip-validation", r.skipValidation())
                .option("--wait", "0")
                .option("--target-dev-hub", r.devHub())
                .build();
        VersionBuild build;
        try {
            build = VersionBuild.of(ctx.sf().run(cmd).result());
        } catch (SfErrorException e) {
            String id = e.data().path("VersionCreateRequestId").asText(null);
            if (!SfErrorException.POLLING_CLIENT_TIMEOUT.equals(e.name()) || id == null) {
                throw e;
            }
            build = new VersionBuild(id, "InProgress", packageId, null, null, null, null, null, java.util.List.of(),
                    null);
        }
        if (build.requestId() == null || !build.requestId().startsWith("08c")) {
            throw PackagingException.environment("sf package version create returned no 08c request id.");
        }
        String packageAlias = PackageCreator.aliasOf(aliases, packageId);
        record(build, packageAlias != null ? packageAlias : pkg, r.devHub(), null);
        ctx.log().info("Package version create request " + build.requestId() + " for '" + pkg + "' in "
                + TargetOrgs.namedDevHub(ctx.sf(), r.devHub()) + " is "
                + build.status() + "; its id is recorded in " + relative(ctx.requestIdStore().file()) + ".");
        SfProjectEdit.settle(ctx, project, "package version create", "The version build " + build.requestId()
                + " goes on in the Dev Hub (its id is recorded; follow it with eca:package-version-report)");
        return follow(build, r.devHub(), r.waitFor(), r.pollSeconds(), r.skipValidation());
    }

    /** {@code eca:package-version-report}: the state of the recorded (or given) request, waiting if asked. */
    public VersionBuild report(ReportRequest r) throws PackagingException, SfCliException, IOException {
        SfOption.atLeast(PropertyNames.POLL_INTERVAL, r.pollSeconds(), 1, "second");
        String id = r.requestId();
        String devHub = r.devHub();
        if (id == null || id.isBlank()) {
            RequestIdStore.Entry e = ctx.requestIdStore().read();
            if (e == null || e.requestId() == null) {
                throw PackagingException.environment("no package version create request is recorded in "
                        + ctx.requestIdStore().file() + " (eca:package-version-create writes it; 'mvn clean'"
                        + " deletes it). Pass the 08c id with -D" + PropertyNames.PACKAGE_VERSION_REPORT_REQUEST_ID
                        + "=08c….");
            }
            id = e.requestId();
            if (devHub == null) {
                devHub = e.devHub();
            }
            ctx.log().info("Resuming package version create request " + id + " recorded in "
                    + relative(ctx.requestIdStore().file()) + ".");
        } else if (!id.startsWith("08c")) {
            throw PackagingException.content(PropertyNames.PACKAGE_VERSION_REPORT_REQUEST_ID
                    + " must be a package version create request id (08c…), not '"
                    + id + "'.");
        }
        VersionBuild build = poll(id, devHub);
        progress(build, 0);
        return follow(build, devHub, r.waitFor(), r.pollSeconds(), false);
    }

    private VersionBuild follow(VersionBuild first, String devHub, Duration waitFor, int pollSeconds,
            boolean skipValidation) throws PackagingException, SfCliException, IOException {
        VersionBuild build = first;
        long start = ctx.ticker().nowMillis();
        long deadline = start + waitFor.toMillis();
        long interval = Math.max(1, pollSeconds) * 1000L;
        // between two polls further apart than WaitProgress.INTERVAL, a progress line at least that often
        long step = Math.min(interval, WaitProgress.INTERVAL.toMillis());
        WaitProgress waiting = new WaitProgress(ctx.log(), "package version build " + first.requestId(), waitFor,
                PropertyNames.WAIT, WaitProgress.INTERVAL);
        while (!build.isFinished()) {
            long now = ctx.ticker().nowMillis();
            if (now >= deadline) {
                record(build, null, devHub, null);
                String resume = "mvn eca:package-version-report" + (devHub == null ? "" : " -D"
                        + PropertyNames.TARGET_DEV_HUB + "=" + devHub) + " -D" + PropertyNames.WAIT
                        + "=<duration, e.g. 20m>";
                if (waitFor.isZero()) {
                    ctx.log().info("Not waiting (" + PropertyNames.WAIT + "=0). Follow the build with: " + resume);
                    return build;
                }
                throw new VersionCreateTimeoutException("package version build " + build.requestId()
                        + " is still " + build.status() + " after " + Durations.describe(waitFor)
                        + " (" + PropertyNames.WAIT + "). The build goes on in the Dev Hub; its id is"
                        + " recorded in " + ctx.requestIdStore().file() + ". Resume with: " + resume
                        + " (or -D" + PropertyNames.PACKAGE_VERSION_REPORT_REQUEST_ID + "=" + build.requestId()
                        + " after a clean).", build.requestId());
            }
            try {
                long nextPoll = now + Math.min(interval, deadline - now);
                for (long t = now; t < nextPoll; t = ctx.ticker().nowMillis()) {
                    ctx.ticker().sleep(Math.min(step, nextPoll - t));
                    if (ctx.ticker().nowMillis() < nextPoll) {
                        waiting.tick(ctx.ticker().nowMillis() - start);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PackagingException("interrupted while waiting for package version build "
                        + build.requestId() + "; resume with mvn eca:package-version-report.", true, e);
            }
            build = poll(build.requestId(), devHub);
            progress(build, ctx.ticker().nowMillis() - start);
            waiting.printed(ctx.ticker().nowMillis() - start);
        }
        return finish(build, devHub);
    }

    private VersionBuild finish(VersionBuild build, String devHub) throws PackagingException, IOException {
        if (build.isError()) {
            record(build, null, devHub, null);
            throw PackagingException.content("package version build " + build.requestId() + " ended in Error:\n  "
                    + (build.errors().isEmpty() ? "(the Dev Hub gave no reason)"
                            : String.join("\n  ", build.errors())));
        }
        String versionAlias = writeAlias(build);
        record(build, null, devHub, versionAlias);
        ctx.log().info("Package version " + build.versionNumber() + " built: " + build.subscriberPackageVersionId()
                + ("PerformingValidations".equals(build.status()) ? " (validations still running)" : ""));
        ctx.log().info("Install URL: " + build.installUrl());
        return build;
    }

    /** Writes {@code <alias>@M.m.p-b} into sfdx-project.json unless present; returns it (null if not possible). */
    private String writeAlias(VersionBuild build) throws PackagingException, IOException {
        SfdxProject project = ctx.readProjectIfPresent();
        if (project == null) {
            ctx.log().warn("No sfdx-project.json in " + ctx.projectRoot() + "; the version alias was not written.");
            return null;
        }
        String packageAlias = PackageCreator.aliasOf(project.packageAliases(), build.packageId());
        String versionAlias = packageAlias == null ? null : build.versionAlias(packageAlias);
        if (versionAlias == null) {
            ctx.log().warn("sfdx-project.json has no alias for package " + build.packageId()
                    + "; the version alias was not written.");
            return null;
        }
        String existing = project.packageAliases().get(versionAlias);
        if (build.subscriberPackageVersionId().equals(existing)) {
            ctx.log().info("sfdx-project.json already has \"" + versionAlias + "\": \"" + existing + "\".");
        } else {
            project.putPackageAlias(versionAlias, build.subscriberPackageVersionId());
            project.write();
            ctx.log().info("Wrote \"" + versionAlias + "\": \"" + build.subscriberPackageVersionId()
                    + "\" to sfdx-project.json.");
        }
        return versionAlias;
    }

    private VersionBuild poll(String requestId, String devHub) throws PackagingException, SfCliException {
        SfResult res = ctx.sf().run(SfCommand.of("package", "version", "create", "report")
                .option("--package-create-request-id", requestId)
                .option("--target-dev-hub", devHub)
                .build());
        VersionBuild b = VersionBuild.of(res.firstResult());
        if (b.requestId() == null || b.status() == null) {
            throw PackagingException.environment("sf package version create report returned no request for "
                    + requestId + ".");
        }
        return b;
    }

    private void progress(VersionBuild b, long elapsedMillis) {
        long s = elapsedMillis / 1000;
        ctx.log().info("Package version build " + b.requestId() + ": " + b.status()
                + (elapsedMillis > 0 ? " (" + (s / 60) + "m " + (s % 60) + "s)" : ""));
    }

    private void record(VersionBuild b, String packageAlias, String devHub, String versionAlias) throws IOException {
        RequestIdStore store = ctx.requestIdStore();
        String alias = packageAlias;
        if (alias == null) {
            RequestIdStore.Entry old = store.read();
            alias = old != null && b.requestId().equals(old.requestId()) ? old.packageAlias() : b.packageName();
        }
        store.record(new RequestIdStore.Entry(b.requestId(), alias, b.packageId(), devHub, b.status(),
                b.subscriberPackageVersionId(), versionAlias));
    }

    private static SfdxProject.PackageDirectory packageDirectoryOf(SfdxProject project, String pkg) {
        String id = pkg.startsWith("0Ho") ? pkg : project.packageAliases().get(pkg);
        for (SfdxProject.PackageDirectory d : project.packageDirectories()) {
            String name = d.packageName();
            if (name == null) {
                continue;
            }
            if (name.equals(pkg) || (id != null && id.equals(name.startsWith("0Ho") ? name
                    : project.packageAliases().get(name)))) {
                return d;
            }
        }
        return null;
    }

    private String relative(Path p) {
        Path r = ctx.projectRoot().relativize(p);
        return r.toString().startsWith("..") ? p.toString() : r.toString().replace('\\', '/');
    }
}
