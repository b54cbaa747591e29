package io.github.ecamaven.eca.packaging;

import io.github.ecamaven.eca.config.PropertyNames;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.TargetOrgs;
import io.github.ecamaven.eca.sf.SfOption;
import io.github.ecamaven.eca.sf.SfResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code sf package version promote}, {@code sf package install} and {@code sf package list}. */
public final class PackageVersions {

    /** What to install; {@code pkg} null means the version recorded by the last successful version create. */
    public record InstallRequest(String targetOrg, String pkg, Secret installationKey, int waitMinutes,
            int publishWaitMinutes, String securityType, String upgradeType, String apexCompile) {}

    /** One package of the Dev Hub, with its alias from sfdx-project.json (sf's own Alias is always empty). */
    public record PackageInfo(String id, String name, String type, String namespace, String alias) {}

    private final PackagingContext ctx;

    public PackageVersions(PackagingContext ctx) {
        this.ctx = ctx;
    }

    /** Promotes a version (04t or alias; null = the recorded one) to released; returns the 04t. */
    public String promote(String devHub, String pkg) throws PackagingException, SfCliException, IOException {
        String version = versionOrRecorded(pkg);
        SfResult res = ctx.sf().run(SfCommand.of("package", "version", "promote")
                .option("--package", version)
                .flag("--no-prompt")
                .option("--target-dev-hub", devHub)
                .build());
        JsonNode r = res.result();
        if (!r.path("success").asBoolean(false)) {
            throw PackagingException.content("promoting " + version + " failed: " + r.path("errors"));
        }
        String id = SfResult.text(r, "id");
        ctx.log().info("Promoted " + version + (id != null && !id.equals(version) ? " (" + id + ")" : "")
                + " to released in " + TargetOrgs.namedDevHub(ctx.sf(), devHub) + ".");
        return id;
    }

    /** Installs a version into an org; only {@code SUCCESS} is success (IN_PROGRESS exits 0 in sf). */
    public JsonNode install(InstallRequest r) throws PackagingException, SfCliException, IOException {
        String securityType = SfOption.SECURITY_TYPE.check(PropertyNames.PACKAGE_INSTALL_SECURITY_TYPE,
                r.securityType());
        String upgradeType = SfOption.UPGRADE_TYPE.check(PropertyNames.PACKAGE_INSTALL_UPGRADE_TYPE, r.upgradeType());
        String apexCompile = SfOption.APEX_COMPILE.check(PropertyNames.PACKAGE_INSTALL_APEX_COMPILE, r.apexCompile());
        SfOption.atLeast(PropertyNames.WAIT, r.waitMinutes(), 0, "minutes");
        SfOption.atLeast(PropertyNames.PACKAGE_INSTALL_PUBLISH_WAIT, r.publishWaitMinutes(), 0, "minutes");
        String version = versionOrRecorded(r.pkg());
        String org = TargetOrgs.named(ctx.sf(), r.targetOrg());
        SfCommand cmd = SfCommand.of("package", "install")
                .option("--package", version)
                .secret("--installation-key", r.installationKey())
                .option("--wait", r.waitMinutes())
                .option("--publish-wait", r.publishWaitMinutes())
                .option("--security-type", securityType)
                .option("--upgrade-type", upgradeType)
                .option("--apex-compile", apexCompile)
                .flag("--no-prompt")
                .option("--target-org", r.targetOrg())
                .minimumTimeout(Duration.ofMinutes(r.waitMinutes() + r.publishWaitMinutes() + 2L))
                .waitsFor("the install of " + version + " into " + org,
                        Duration.ofMinutes((long) r.waitMinutes() + r.publishWaitMinutes()),
                        PropertyNames.WAIT + " + " + PropertyNames.PACKAGE_INSTALL_PUBLISH_WAIT)
                .build();
        ctx.log().info("Installing " + version + " into " + org);
        JsonNode result = ctx.sf().run(cmd).result();
        String status = SfResult.text(result, "Status");
        String requestId = SfResult.text(result, "Id");
        if ("SUCCESS".equals(status)) {
            ctx.log().info("Installed " + version + " into " + org + " (request " + requestId + ").");
            return result;
        }
        if ("IN_PROGRESS".equals(status)) {
            throw PackagingException.content("the install of " + version + " is still IN_PROGRESS after "
                    + r.waitMinutes() + " minute(s) (" + PropertyNames.WAIT
                    + "); that is not a finished install. Check it with 'sf"
                    + " package install report --request-id " + requestId + "' or run again with a larger"
                    + " -D" + PropertyNames.WAIT + ".");
        }
        throw PackagingException.content("the install of " + version + " ended with status " + status + ": "
                + cmd.mask(String.valueOf(result.get("Errors"))));
    }

    /** The Dev Hub's packages, aliases resolved from sfdx-project.json. */
    public List<PackageInfo> list(String devHub, boolean verbose)
            throws PackagingException, SfCliException, IOException {
        SfResult res = ctx.sf().run(SfCommand.of("package", "list")
                .flag("--verbose", verbose)
                .option("--target-dev-hub", devHub)
                .build());
        SfdxProject project = ctx.readProjectIfPresent();
        Map<String, String> aliases = project == null ? Map.of() : project.packageAliases();
        List<PackageInfo> out = new ArrayList<>();
        for (JsonNode p : res.result()) {
            String id = SfResult.text(p, "Id");
            out.add(new PackageInfo(id, SfResult.text(p, "Name"), SfResult.text(p, "ContainerOptions"),
                    SfResult.text(p, "NamespacePrefix"), PackageCreator.aliasOf(aliases, id)));
        }
        ctx.log().info(out.size() + " package" + (out.size() == 1 ? "" : "s") + " in "
                + TargetOrgs.namedDevHub(ctx.sf(), devHub)
                + (out.isEmpty() ? "." : ":"));
        for (PackageInfo p : out) {
            ctx.log().info("  " + p.id() + "  " + p.name() + "  " + p.type()
                    + (p.namespace() == null || p.namespace().isEmpty() ? "" : "  namespace " + p.namespace())
                    + (p.alias() == null ? "" : "  alias \"" + p.alias() + "\""));
        }
        return out;
    }

    private String versionOrRecorded(String pkg) throws PackagingException, IOException {
        if (pkg != null && !pkg.isBlank()) {
            return pkg;
        }
        RequestIdStore.Entry e = ctx.requestIdStore().read();
        if (e != null && e.subscriberPackageVersionId() != null) {
            ctx.log().info("Using package version " + e.subscriberPackageVersionId() + " built by request "
                    + e.requestId() + " (recorded in " + ctx.requestIdStore().file() + ").");
            return e.subscriberPackageVersionId();
        }
        throw PackagingException.content("no package version is given, and eca:package-version-create recorded none:"
                + " pass -D" + PropertyNames.PACKAGE_VERSION
                + "=<04t id or alias"
                + " such as \"My Package@0.1.0-1\">.");
    }
}
