package io.github.ecamaven.eca.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run-as user of the client-credentials flow ({@code clientCredentialsFlowUser} of the OAuth policies,
 * {@code <clientCredentialsUser>} of an {@code <app>}) as the project writes it. Usernames are org-specific (a sandbox
 * adds a suffix), so besides a username the value may be a template that eca:deploy resolves for the target org and
 * writes only into the deploy's staging copy:
 * <ul>
 *   <li>a username: {@code integration@acme.com};</li>
 *   <li>{@value #LOGIN_USER}: the user sf is logged in to the target org with;</li>
 *   <li>a per-org map: {@code @{targetOrg: dev=integration@acme.com.dev, admin@acme.com.uat=integration@acme.com.uat,
 *       *=integration@acme.com}}: the key is an org alias or a username sf is logged in with, the value a username or
 *       {@value #LOGIN_USER}; {@code *} is the optional fallback. Entries are separated by commas or new lines.</li>
 * </ul>
 * Why {@code @{…}} and not {@code ${…}}: Maven interpolates {@code ${…}} in the POM before the goal sees it; a whole
 * value {@code ${targetOrg.username}} that no property defines becomes null (the element is as good as absent), and
 * only {@code $${…}} would escape it. Maven leaves {@code @{…}} alone, as maven-surefire-plugin's late-evaluated
 * {@code @{argLine}} relies on, so the same text works in the POM and in the committed file.
 */
public final class RunAsUser {

    /** The field of the OAuth policies that holds the run-as user. */
    public static final String FIELD = "clientCredentialsFlowUser";

    /** The start of every template. */
    public static final String START = "@{";

    /** The user sf is logged in to the target org with. */
    public static final String LOGIN_USER = "@{targetOrg.username}";

    /** How a per-org map starts. */
    public static final String MAP_START = "@{targetOrg:";

    /** The key of the map's fallback entry. */
    public static final String FALLBACK = "*";

    /** An example of each form, for messages and the reference page. */
    public static final String MAP_EXAMPLE = MAP_START + " dev=integration@acme.com.dev,"
            + " admin@acme.com.uat=integration@acme.com.uat, *=" + LOGIN_USER + "}";

    /** What Maven would make of the template spelt with a dollar, which messages recognise. */
    private static final String DOLLAR_START = "${targetOrg";

    private final String text;
    private final boolean loginUser;
    private final Map<String, String> entries;

    private RunAsUser(String text, boolean loginUser, Map<String, String> entries) {
        this.text = text;
        this.loginUser = loginUser;
        this.entries = entries;
    }

    /** Whether {@code value} is meant as a template (it has {@code @{} or the dollar form), so {@link #parse} judges it. */
    public static boolean isTemplate(String value) {
        return value != null && (value.contains(START) || value.contains(DOLLAR_START));
    }

    /**
     * What is wrong with {@code value} as a run-as user template, with the fix; null when it is a well-formed template
     * or no template at all (a plain username).
     */
    public static String problem(String value) {
        try {
            parse(value);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The template in {@code value}, or null for a plain username (or nothing).
     *
     * @throws IllegalArgumentException with what is wrong and the fix, for a malformed template
     */
    public static RunAsUser parse(String value) {
        if (!isTemplate(value)) {
            return null;
        }
        String v = value.strip();
        if (v.contains(DOLLAR_START)) {
            throw new IllegalArgumentException("'" + v + "' uses ${…}, which Maven replaces in the POM (an unknown"
                    + " property becomes nothing); write " + LOGIN_USER + " or " + MAP_START + " …}");
        }
        if (v.equals(LOGIN_USER)) {
            return new RunAsUser(LOGIN_USER, true, Map.of());
        }
        if (!v.startsWith(MAP_START)) {
            throw new IllegalArgumentException("'" + v + "' is no run-as user template; write a username, "
                    + LOGIN_USER + " (the user sf is logged in with) or a per-org map such as " + MAP_EXAMPLE);
        }
        if (!v.endsWith("}") || v.chars().filter(c -> c == '{').count() != v.chars().filter(c -> c == '}').count()) {
            throw new IllegalArgumentException("the per-org map '" + v + "' is not closed with '}'; e.g. "
                    + MAP_EXAMPLE);
        }
        String body = v.substring(MAP_START.length(), v.length() - 1);
        Map<String, String> entries = new LinkedHashMap<>();
        for (String raw : body.split("[,\\n]")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("the entry '" + entry + "' of the per-org map is not"
                        + " <org alias or username>=<run-as username>; e.g. " + MAP_EXAMPLE);
            }
            String key = entry.substring(0, eq).strip();
            String user = entry.substring(eq + 1).strip();
            if (key.isEmpty() || user.isEmpty() || key.contains(START) || key.chars().anyMatch(Character::isWhitespace)
                    || user.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("the entry '" + entry + "' of the per-org map is not"
                        + " <org alias or username>=<run-as username>; e.g. " + MAP_EXAMPLE);
            }
            if (!user.equals(LOGIN_USER) && (user.contains("{") || user.contains("}"))) {
                throw new IllegalArgumentException("the entry '" + entry + "' of the per-org map names '" + user
                        + "'; a run-as user is a username or " + LOGIN_USER);
            }
            for (String k : entries.keySet()) {
                if (k.equalsIgnoreCase(key)) {
                    throw new IllegalArgumentException("the per-org map names '" + key + "' twice; keep one entry");
                }
            }
            entries.put(key, user);
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the per-org map '" + v + "' has no entry; e.g. " + MAP_EXAMPLE);
        }
        return new RunAsUser(render(entries), false, entries);
    }

    private static String render(Map<String, String> entries) {
        List<String> parts = new ArrayList<>();
        entries.forEach((k, u) -> parts.add(k + "=" + u));
        return MAP_START + " " + String.join(", ", parts) + "}";
    }

    /** The template as the committed file states it: {@value #LOGIN_USER}, or the map on one line. */
    public String text() {
        return text;
    }

    /** Whether this is {@value #LOGIN_USER}. */
    public boolean isLoginUser() {
        return loginUser;
    }

    /** The per-org entries (key to username or {@value #LOGIN_USER}), fallback included; empty for the login user. */
    public Map<String, String> entries() {
        return entries;
    }

    /**
     * The map's entry for an org, matched (ignoring case) by the alias or username the user passed, then the alias
     * sf reports, then the username sf is logged in with, then the fallback; null when none matches. The login user
     * itself has one entry for every org.
     *
     * @return the key of the entry, or null
     */
    public String keyFor(String passed, String alias, String loginUsername) {
        if (loginUser) {
            return LOGIN_USER;
        }
        for (String candidate : new String[] {passed, alias, loginUsername, FALLBACK}) {
            if (candidate == null) {
                continue;
            }
            for (String k : entries.keySet()) {
                if (k.equalsIgnoreCase(candidate)) {
                    return k;
                }
            }
        }
        return null;
    }

    /**
     * The username this template stands for in an org, or null when the map has no entry for it (see
     * {@link #keyFor}).
     *
     * @param passed the alias or username the user gave as the target org; null when sf took its default
     * @param alias the org's alias as sf reports it, or null
     * @param loginUsername the username sf is logged in to the org with
     */
    public String resolve(String passed, String alias, String loginUsername) {
        String key = keyFor(passed, alias, loginUsername);
        if (key == null) {
            return null;
        }
        String user = loginUser ? LOGIN_USER : entries.get(key);
        return LOGIN_USER.equals(user) ? loginUsername : user;
    }

    @Override
    public String toString() {
        return text;
    }

    /** {@code Locale.ROOT} lower case, for comparing usernames (Salesforce stores them in lower case). */
    public static String normalised(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
