package io.github.ecamaven.eca.sf;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who an org is, as {@code sf org display --json} reports it: its id, the username sf is logged in with, the
 * instance URL, the alias and the API version. Never the session: {@code sf org display} prints the access token,
 * and this record leaves it behind.
 *
 * @param orgId the org id (00D…, 18 characters as sf reports it); null when sf did not say
 * @param username the username sf uses for the org
 * @param instanceUrl the org's instance (My Domain) URL
 * @param alias the alias, or null
 * @param apiVersion the org's API version, or null
 */
public record OrgIdentity(String orgId, String username, String instanceUrl, String alias, String apiVersion) {

    /**
     * Asks sf about {@code targetOrg}.
     *
     * @param targetOrg sf alias or username; null for sf's default org
     */
    public static OrgIdentity of(SfCli sf, String targetOrg) throws SfCliException {
        return from(sf.run(SfCommand.of("org", "display").option("--target-org", targetOrg).build()).result());
    }

    /** The identity in the {@code result} of {@code sf org display --json}. */
    public static OrgIdentity from(JsonNode result) {
        return new OrgIdentity(SfResult.text(result, "id"), SfResult.text(result, "username"),
                SfResult.text(result, "instanceUrl"), SfResult.text(result, "alias"),
                SfResult.text(result, "apiVersion"));
    }

    /** How messages name the org: {@code alias (username, org 00D…)}, as far as sf told. */
    public String describe() {
        java.util.List<String> more = new java.util.ArrayList<>();
        if (alias != null && username != null) {
            more.add(username);
        }
        if (orgId != null) {
            more.add("org " + orgId);
        }
        String name = alias != null ? alias : username != null ? username : "the org";
        return more.isEmpty() ? name : name + " (" + String.join(", ", more) + ")";
    }
}
