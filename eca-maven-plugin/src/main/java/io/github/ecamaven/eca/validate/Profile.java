package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.generate.Preset;
import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.validate.rules.IpRelaxationRule;
import io.github.ecamaven.eca.validate.rules.PkceRule;
import io.github.ecamaven.eca.validate.rules.SecretRequiredRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A named set of expectations on top of the rules' defaults.
 *
 * @param name {@code default}, {@code nango} or {@code isv}
 * @param expectedCallbacks callback URLs every app with global OAuth settings must list, with Nango Cloud's callback
 *     where the profile's preset registers Nango's ({@link #expectedCallbacks(NangoCallback)} for another Nango)
 * @param requiredScopes scope tokens every app's OAuth settings must contain
 * @param severities severity changes for rules (the user's settings are applied on top)
 * @param treatAllAppsAsDistributed whether the distribution-dependent rules judge Local apps like Packaged ones
 * @param intendedLocalRefreshTokenPolicy the refresh-token policy the profile's integration needs in a Local app
 *     (nango: {@code Infinite}), which the refresh-token lifetime rule then accepts there; null for none
 */
public record Profile(String name, List<String> expectedCallbacks, List<String> requiredScopes,
        Map<String, Severity> severities, boolean treatAllAppsAsDistributed, String intendedLocalRefreshTokenPolicy) {

    /** The name of the profile that is the rules' defaults alone, eca:validate's default. */
    public static final String DEFAULT_NAME = "default";

    public static final Profile DEFAULT = new Profile(DEFAULT_NAME, List.of(), List.of(), Map.of(), false, null);

    /** What the {@code nango} preset sets up: its callback, scopes, secrets, PKCE and refresh-token policy. */
    public static final Profile NANGO = of(Preset.NANGO);

    /** The partner security controls (PKCE, rotation, 30-day idle TTL) for every app, not only Packaged ones. */
    public static final Profile ISV = new Profile("isv", List.of(), List.of(),
            Map.of(PkceRule.ID, Severity.ERROR, IpRelaxationRule.ID, Severity.ERROR), true, null);

    /**
     * The profile that checks what {@code preset} sets up: its callbacks and scopes are expected, PKCE and the
     * secret are errors when the preset requires them, and its Local refresh-token policy is accepted.
     */
    public static Profile of(Preset preset) {
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (preset.requiresPkce()) {
            severities.put(PkceRule.ID, Severity.ERROR);
        }
        if (preset.requiresSecret()) {
            severities.put(SecretRequiredRule.ID, Severity.ERROR);
        }
        return new Profile(preset.id(), preset.callbackUrls(), preset.scopes(), Map.copyOf(severities), false,
                preset.localRefreshTokenPolicy());
    }

    /**
     * The callbacks every app must list when the project declares the Nango callback {@code nango}: those of the
     * preset this profile is named after, else {@link #expectedCallbacks()}.
     */
    public List<String> expectedCallbacks(NangoCallback nango) {
        Preset preset = Preset.of(name);
        return preset == null || nango == null ? expectedCallbacks : preset.callbackUrls(nango);
    }

    /**
     * The profile called {@code name}.
     *
     * @throws ConfigurationException naming the known profiles
     */
    public static Profile named(String name) {
        String n = name == null || name.isBlank() ? DEFAULT_NAME : name.trim().toLowerCase(Locale.ROOT);
        List<Profile> all = List.of(DEFAULT, NANGO, ISV);
        for (Profile p : all) {
            if (p.name().equals(n)) {
                return p;
            }
        }
        List<String> names = all.stream().map(Profile::name).toList();
        throw new ConfigurationException(PropertyNames.describe(PropertyNames.VALIDATE_PROFILE) + " is '" + name
                + "', which is no validation profile; use " + String.join(", ", names.subList(0, names.size() - 1))
                + " or " + names.get(names.size() - 1));
    }
}
