package io.github.ecamaven.eca.sf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * How a goal names the org (or Dev Hub) it acts on, also when the user gave none and sf takes its default: the
 * default's alias or username as {@code sf config get} reports it (set with {@code sf config set}, or through
 * {@code SF_TARGET_ORG}), so a log line never just says "the default org".
 */
public final class TargetOrgs {

    /** sf's configuration variable of the default org. */
    public static final String TARGET_ORG = "target-org";

    /** sf's configuration variable of the default Dev Hub. */
    public static final String TARGET_DEV_HUB = "target-dev-hub";

    private TargetOrgs() {}

    /**
     * {@code devHub} when given; else {@code my-hub (sf's default Dev Hub)}, or {@code sf's default Dev Hub (none is
     * set)}.
     *
     * @param devHub the alias or username the goal passes as {@code --target-dev-hub}, null for sf's default
     */
    public static String namedDevHub(SfCli sf, String devHub) throws SfCliException {
        if (devHub != null) {
            return devHub;
        }
        String configured = configured(sf, TARGET_DEV_HUB);
        return configured == null ? "sf's default Dev Hub (none is set)" : configured + " (sf's default Dev Hub)";
    }

    /**
     * {@code targetOrg} when given; else {@code my-org (sf's default org)}, or {@code sf's default org (none is set)}.
     *
     * @param targetOrg the alias or username the goal passes as {@code --target-org}, null for sf's default
     */
    public static String named(SfCli sf, String targetOrg) throws SfCliException {
        if (targetOrg != null) {
            return targetOrg;
        }
        String configured = configured(sf, TARGET_ORG);
        return configured == null ? "sf's default org (none is set)" : configured + " (sf's default org)";
    }

    /** The value of sf's configuration variable {@code name}, or null when it is unset. */
    static String configured(SfCli sf, String name) throws SfCliException {
        JsonNode result = sf.run(SfCommand.of("config", "get", name).build()).result();
        for (JsonNode entry : result == null ? List.<JsonNode>of() : (Iterable<JsonNode>) result::elements) {
            String value = SfResult.text(entry, "value");
            if (name.equals(SfResult.text(entry, "name")) && value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
