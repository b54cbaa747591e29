package io.github.ecamaven.eca.drift;

/**
 * One field whose value differs between the repository and the org.
 *
 * @param app the External Client App
 * @param component short name of the component: {@code app}, {@code oauth}, {@code globalOauth}, {@code policies},
 *     {@code pluginPolicies} …
 * @param field the element path inside the component, e.g. {@code refreshTokenPolicyType}
 * @param repository the value the repository (configuration) holds; null when absent
 * @param org the value the org holds; null when absent
 */
public record FieldDrift(String app, String component, String field, String repository, String org) {

    /** {@code policies.refreshTokenPolicyType: repository Infinite, org SpecificInactivity 30 Days}. */
    public String describe() {
        return component + "." + field + ": repository " + show(repository) + ", org " + show(org);
    }

    private static String show(String v) {
        if (v == null) {
            return "(absent)";
        }
        String oneLine = v.replace("\n", "\\n");
        return oneLine.isEmpty() ? "(empty)" : oneLine;
    }
}
