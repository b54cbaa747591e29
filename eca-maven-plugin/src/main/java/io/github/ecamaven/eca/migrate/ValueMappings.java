package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.text.Choices;
import io.github.ecamaven.eca.model.PermittedUsersPolicyType;
import io.github.ecamaven.eca.model.RefreshTokenPolicyType;
import io.github.ecamaven.eca.model.oauth.IpRelaxationPolicy;
import io.github.ecamaven.eca.model.oauth.OauthScope;
import io.github.ecamaven.eca.model.oauth.RefreshTokenValidityUnit;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value spellings that differ between a Connected App and an External Client App. */
public final class ValueMappings {

    /** The scopes token a Connected App spells differently from an ECA. */
    public static final String CA_SFAP = "SFAP";

    private static final Pattern REFRESH = Pattern.compile(
            "(?i)(infinite|zero|specific_(lifetime|inactivity)):([0-9]+):(HOURS|DAYS|MONTHS)|(infinite|zero)");

    private ValueMappings() {}

    /** An ECA refresh-token policy: type, and period and unit for the specific ones (null otherwise). */
    public record RefreshPolicy(RefreshTokenPolicyType type, Integer period, RefreshTokenValidityUnit unit) {}

    /**
     * {@code infinite}, {@code zero}, {@code specific_lifetime:N:UNIT}, {@code specific_inactivity:N:UNIT}; absent
     * means the documented default {@code infinite}.
     *
     * @throws IllegalArgumentException for any other shape
     */
    public static RefreshPolicy refreshTokenPolicy(String ca) {
        if (ca == null || ca.isBlank()) {
            return new RefreshPolicy(RefreshTokenPolicyType.Infinite, null, null);
        }
        String v = ca.trim();
        if (v.equalsIgnoreCase("infinite")) {
            return new RefreshPolicy(RefreshTokenPolicyType.Infinite, null, null);
        }
        if (v.equalsIgnoreCase("zero")) {
            return new RefreshPolicy(RefreshTokenPolicyType.Zero, null, null);
        }
        Matcher m = REFRESH.matcher(v);
        if (!m.matches() || m.group(2) == null) {
            throw new IllegalArgumentException("refreshTokenPolicy '" + ca + "' is not one of infinite, zero,"
                    + " specific_lifetime:N:HOURS|DAYS|MONTHS, specific_inactivity:N:HOURS|DAYS|MONTHS");
        }
        RefreshTokenPolicyType type = m.group(2).equalsIgnoreCase("lifetime")
                ? RefreshTokenPolicyType.SpecificLifetime : RefreshTokenPolicyType.SpecificInactivity;
        int period;
        try {
            period = Integer.parseInt(m.group(3));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("refreshTokenPolicy '" + ca + "': the period is too large", e);
        }
        String u = m.group(4).toUpperCase(Locale.ROOT);
        RefreshTokenValidityUnit unit = switch (u) {
            case "HOURS" -> RefreshTokenValidityUnit.Hours;
            case "DAYS" -> RefreshTokenValidityUnit.Days;
            default -> RefreshTokenValidityUnit.Months;
        };
        return new RefreshPolicy(type, period, unit);
    }

    /**
     * {@code ENFORCE}, {@code BYPASS}, {@code BYPASS_2FACTOR}, {@code ENFORCE_RELAXREFRESH} (any case) to the ECA
     * spelling; absent means the documented default {@code Enforce}.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static IpRelaxationPolicy ipRelaxation(String ca) {
        if (ca == null || ca.isBlank()) {
            return IpRelaxationPolicy.Enforce;
        }
        IpRelaxationPolicy p = Choices.lenient(List.of(IpRelaxationPolicy.values()), ca);
        if (p == null) {
            throw new IllegalArgumentException("ipRelaxation '" + ca + "' is not one of "
                    + Choices.upperCase(IpRelaxationPolicy.values()));
        }
        return p;
    }

    /** {@code isAdminApproved}: true → admin-approved users are pre-authorized; false or absent → all users may self-authorize. */
    public static PermittedUsersPolicyType permittedUsers(Boolean isAdminApproved) {
        return Boolean.TRUE.equals(isAdminApproved)
                ? PermittedUsersPolicyType.AdminApprovedPreAuthorized : PermittedUsersPolicyType.AllSelfAuthorized;
    }

    /** The ECA token of a Connected App scope value (exact WSDL spelling), or null when it is not one. */
    public static OauthScope scope(String ca) {
        if (ca == null) {
            return null;
        }
        if (CA_SFAP.equals(ca.trim())) {
            return OauthScope.SFApiPlatform;
        }
        if (OauthScope.SFApiPlatform.token().equals(ca.trim())) {
            return null; // not a Connected App spelling
        }
        return OauthScope.ofToken(ca.trim());
    }

    /** The values of {@code scopes} that are not Connected App scope values. */
    public static List<String> invalidScopes(List<String> scopes) {
        List<String> out = new ArrayList<>();
        for (String s : scopes) {
            if (scope(s) == null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether {@code name} is a valid ECA API name (see {@link SalesforceValues#apiNameProblem}). */
    public static boolean isValidApiName(String name) {
        return SalesforceValues.apiNameProblem(name, SalesforceValues.APP_NAME_MAX) == null;
    }
}
