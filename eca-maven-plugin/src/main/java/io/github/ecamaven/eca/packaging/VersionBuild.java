package io.github.ecamaven.eca.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ecamaven.eca.sf.SfResult;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code Package2VersionCreateRequest} as {@code package version create} and {@code package version create
 * report} print it.
 */
public record VersionBuild(String requestId, String status, String packageId, String packageName,
        String subscriberPackageVersionId, String versionNumber, String branch, String tag, List<String> errors,
        String createdDate) {

    /** Statuses after which the build no longer changes ({@code PerformingValidations}: built, validating async). */
    public static final List<String> FINISHED = List.of("Success", "Error", "PerformingValidations");

    /** The install URL sf prints for a 04t. */
    public static final String INSTALL_URL = "https://login.salesforce.com/packaging/installPackage.apexp?p0=";

    public static VersionBuild of(JsonNode n) {
        List<String> errors = new ArrayList<>();
        JsonNode e = n.get("Error");
        if (e != null && e.isArray()) {
            e.forEach(x -> errors.add(x.asText()));
        }
        return new VersionBuild(SfResult.text(n, "Id"), SfResult.text(n, "Status"), SfResult.text(n, "Package2Id"),
                SfResult.text(n, "Package2Name"), SfResult.text(n, "SubscriberPackageVersionId"),
                SfResult.text(n, "VersionNumber"), SfResult.text(n, "Branch"), SfResult.text(n, "Tag"),
                List.copyOf(errors), SfResult.text(n, "CreatedDate"));
    }

    public boolean isFinished() {
        return FINISHED.contains(status);
    }

    public boolean isSuccess() {
        return ("Success".equals(status) || "PerformingValidations".equals(status))
                && subscriberPackageVersionId != null;
    }

    public boolean isError() {
        return "Error".equals(status);
    }

    /** {@code https://login.salesforce.com/packaging/installPackage.apexp?p0=04t…}, or null before success. */
    public String installUrl() {
        return subscriberPackageVersionId == null ? null : INSTALL_URL + subscriberPackageVersionId;
    }

    /**
     * The alias sf writes after a build: {@code <alias>@<major>.<minor>.<patch>-<build>[-<branch>]}, or null when
     * the version number is not known yet.
     */
    public String versionAlias(String packageAlias) {
        if (versionNumber == null) {
            return null;
        }
        String[] p = versionNumber.split("\\.");
        if (p.length != 4) {
            return null;
        }
        return packageAlias + "@" + p[0] + "." + p[1] + "." + p[2] + "-" + p[3]
                + (branch == null || branch.isEmpty() ? "" : "-" + branch);
    }
}
