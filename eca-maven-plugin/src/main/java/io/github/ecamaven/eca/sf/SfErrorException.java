package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.Blame;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * sf reported an error: its JSON error envelope ({@code name, message, exitCode, actions, data, code}), or — for the
 * errors sf raises before it can print JSON — the {@code Code: <Name>} line of stderr. Classified by {@link #name()}
 * and the exit code, never by the message text. Message and actions are masked.
 */
public final class SfErrorException extends SfCliException {

    private static final long serialVersionUID = 1L;

    /** Not in an sfdx project (printed on stderr only). */
    public static final String REQUIRES_PROJECT = "RequiresProjectError";
    /** No sfdx-project.json where sf looks for the project (a command that reads it: package create, version). */
    public static final String INVALID_PROJECT_WORKSPACE = "InvalidProjectWorkspaceError";
    /** No {@code --target-dev-hub} and no default Dev Hub. */
    public static final String NO_DEFAULT_DEV_HUB = "NoDefaultDevHubError";
    /** No {@code --target-org} and no default org. */
    public static final String NO_DEFAULT_ENV = "NoDefaultEnvError";
    /** An alias or username sf has no login for (exit 2). */
    public static final String NAMED_ORG_NOT_FOUND = "NamedOrgNotFoundError";
    /** {@code package version create --wait} ran out; {@code data.VersionCreateRequestId} holds the 08c id. */
    public static final String POLLING_CLIENT_TIMEOUT = "PollingClientTimeout";

    /** The line sf ends a flag error with; a Maven error does not send the user to sf's help. */
    private static final Pattern SEE_HELP = Pattern.compile("\\s*See more help with --help\\s*$");

    /**
     * Names that mean the environment (login, network) is wrong, not the user's content. Not in an sfdx project is
     * the configuration's ({@code eca.projectDirectory}), as for every goal.
     */
    private static final Set<String> ENVIRONMENT_NAMES = Set.of(NO_DEFAULT_DEV_HUB, NO_DEFAULT_ENV,
            NAMED_ORG_NOT_FOUND, "NoAuthInfoFound", "AuthInfoCreationError", "RefreshTokenAuthError", "JwtGrantError",
            "INVALID_SESSION_ID", "INVALID_AUTH_HEADER", "DomainNotFoundError", "NotADevHubError",
            "NoOrgFound", "GenericTimeoutError", "NoDefaultPackageDirectory");

    private final String name;
    private final String code;
    private final int exitCode;
    private final String sfMessage;
    private final List<String> actions;
    private final transient JsonNode data;

    public SfErrorException(SfCommand command, int exitCode, String name, String code, String sfMessage,
            List<String> actions, JsonNode data) {
        super(command, describe(command, exitCode, name, sfMessage, actions), null);
        this.name = name;
        this.code = code;
        this.exitCode = exitCode;
        this.sfMessage = command.mask(withoutHelpLine(sfMessage));
        this.actions = actions.stream().map(command::mask).toList();
        this.data = data == null ? MissingNode.getInstance() : data;
    }

    private static String describe(SfCommand command, int exitCode, String name, String message, List<String> actions) {
        if (REQUIRES_PROJECT.equals(name) || INVALID_PROJECT_WORKSPACE.equals(name)) {
            return "sf " + command.name() + " must run in an sfdx project, and there is no sfdx-project.json in the"
                    + " project directory: run Maven in the folder with sfdx-project.json or set -D"
                    + PropertyNames.PROJECT_DIRECTORY + "=<that folder> (a new project: 'sf project generate --name"
                    + " <name>'; sf said " + name + ").";
        }
        StringBuilder b = new StringBuilder();
        b.append("sf ").append(command.name()).append(" failed (exit ").append(exitCode).append("): ")
                .append(name).append(": ").append(command.mask(withoutHelpLine(message)));
        for (String a : actions) {
            b.append("\n  Try this: ").append(command.mask(a.strip()));
        }
        String hint = hint(name, exitCode, command.has("--target-dev-hub"));
        if (hint != null) {
            b.append("\n  ").append(hint);
        }
        return b.toString();
    }

    private static String withoutHelpLine(String message) {
        return message == null ? "" : SEE_HELP.matcher(message.strip()).replaceFirst("");
    }

    private static String hint(String name, int exitCode, boolean devHub) {
        return switch (name) {
            case NO_DEFAULT_DEV_HUB -> "Name the Dev Hub with -D" + PropertyNames.TARGET_DEV_HUB
                    + "=<alias or username>"
                    + " (log in first with 'sf org login web --alias <alias> --set-default-dev-hub').";
            case NO_DEFAULT_ENV -> "Name the org with -D" + PropertyNames.TARGET_ORG + "=<alias or username>"
                    + " (log in first with 'sf org login web --alias <alias>').";
            case NAMED_ORG_NOT_FOUND -> "sf has no login under that alias or username: check 'sf org list' and log in"
                    + " with 'sf org login web --alias <alias>" + (devHub ? " --set-default-dev-hub" : "") + "'.";
            case "NotADevHubError" -> "That org is not a Dev Hub: name the Dev Hub with -D"
                    + PropertyNames.TARGET_DEV_HUB + "=<alias or username> (log in first with 'sf org login web --alias <alias>"
                    + " --set-default-dev-hub').";
            default -> exitCode == 10 ? "sf could not reach the org (network error)." : null;
        };
    }

    /** The error's {@code name}, e.g. {@code NoDefaultDevHubError}, or the server's error code. */
    public String name() {
        return name;
    }

    /** The envelope's {@code code} (a string: the name, the API errorCode, or the exit code), or null. */
    public String code() {
        return code;
    }

    public int exitCode() {
        return exitCode;
    }

    /** sf's own message, masked. */
    public String sfMessage() {
        return sfMessage;
    }

    /** sf's suggested actions, masked. */
    public List<String> actions() {
        return actions;
    }

    /** The envelope's {@code data} (e.g. {@code {"VersionCreateRequestId": "08c…"}}), or a missing node. */
    public JsonNode data() {
        return data;
    }

    /** Exit 2: sf rejected the flags (a plugin or configuration problem). */
    public boolean isFlagError() {
        return exitCode == 2 && !NAMED_ORG_NOT_FOUND.equals(name);
    }

    /** Exit 10: a network failure. */
    public boolean isNetworkError() {
        return exitCode == 10;
    }

    @Override
    public Blame blame() {
        return ENVIRONMENT_NAMES.contains(name) || exitCode == 2 || exitCode == 10 ? Blame.ENVIRONMENT : Blame.CONTENT;
    }
}
