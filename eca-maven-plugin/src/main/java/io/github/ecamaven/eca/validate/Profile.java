package io.github.ecamaven.eca.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A named set of expectations on top of the rules' defaults.
 *
 * @param name {@code default}, {@code nango} or {@code isv}
 * @param expectedCallbacks callback URLs every app with global OAuth settings must list
 * @param requiredScopes scope tokens every app's OAuth settings must contain
 * @param severities severity changes for rules (the user's settings are applied on top)
 * @param treatAllAppsAsDistributed whether the distribution-dependent rules judge Local apps like Packaged ones
 */
public record Profile(String name, List<String> expectedCallbacks, List<String> requiredScopes,
        Map<String, Severity> severities, boolean treatAllAppsAsDistributed) {

    /** The nango callback (from Nango's Salesforce guide). */
    public static final String NANGO_CALLBACK = "https://api.nango.dev/oauth/callback";

    public static final Profile DEFAULT = new Profile("default", List.of(), List.of(), Map.of(), false);

    /** What Nango's guide requires: its callback, Api + RefreshToken, secrets and PKCE required. */
    public static final Profile NANGO = new Profile("nango", List.of(NANGO_CALLBACK), List.of("Api", "RefreshToken"),
            Map.of("ECA-OAUTH-001", Severity.ERROR, "ECA-OAUTH-002", Severity.ERROR), false);

    /** The partner security controls (PKCE, rotation, 30-day idle TTL) for every app, not only Packaged ones. */
    public static final Profile ISV = new Profile("isv", List.of(), List.of(),
            Map.of("ECA-OAUTH-001", Severity.ERROR, "ECA-OAUTH-006", Severity.ERROR), true);

    /**
     * The profile called {@code name}.
     *
     * @throws IllegalArgumentException naming the known profiles
     */
    public static Profile named(String name) {
        String n = name == null || name.isBlank() ? "default" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "default" -> DEFAULT;
            case "nango" -> NANGO;
            case "isv" -> ISV;
            default -> throw new IllegalArgumentException(
                    "unknown validation profile '" + name + "'; use default, nango or isv");
        };
    }
}
