package io.github.ecamaven.eca.model.oauth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes {@code commaSeparatedOauthScopes}: tokens separated by {@code ", "} as orgs return them. */
public final class OauthScopes {

    /** The separator retrieves use. */
    public static final String SEPARATOR = ", ";

    private OauthScopes() {}

    /** The raw items of the list, trimmed, empty items dropped. */
    public static List<String> split(String commaSeparated) {
        List<String> out = new ArrayList<>();
        if (commaSeparated == null) {
            return out;
        }
        for (String part : commaSeparated.split(",")) {
            String t = part.trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The scopes whose token is valid; unknown items are left out (see {@link #split} for all). */
    public static List<OauthScope> parse(String commaSeparated) {
        List<OauthScope> out = new ArrayList<>();
        for (String t : split(commaSeparated)) {
            OauthScope s = OauthScope.ofToken(t);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Tokens joined with {@code ", "} in the given order; null for an empty collection. */
    public static String format(Collection<OauthScope> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            return null;
        }
        return scopes.stream().map(OauthScope::token).distinct().collect(Collectors.joining(SEPARATOR));
    }
}
