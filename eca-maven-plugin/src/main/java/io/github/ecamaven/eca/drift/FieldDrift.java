package io.github.ecamaven.eca.drift;

import io.github.ecamaven.eca.text.SecretLike;

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
        return component + "." + field + ": repository " + show(field, repository) + ", org " + show(field, org);
    }

    /** The value as a log line shows it; a secret-like one ({@link SecretLike}) only as length and digest. */
    private static String show(String field, String v) {
        if (v == null) {
            return "(absent)";
        }
        if (SecretLike.isSecret(field, v)) {
            return SecretLike.masked(v);
        }
        String oneLine = v.replace("\n", "\\n");
        return oneLine.isEmpty() ? "(empty)" : oneLine;
    }
}
