package io.github.ecamaven.eca.sf;

import static io.github.ecamaven.eca.config.PropertyNames.*;

import io.github.ecamaven.eca.config.PackageType;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.text.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The sf flags that take one of a fixed set of values, with the values of the pinned sf's help (2.129.8), so that a
 * typo is refused naming the goal parameter before sf runs, and a value in another letter case is sent the way sf
 * spells it. Also the minimum of each {@code --wait}, and which goal parameter gives each flag its value
 * ({@link #parameterOf}), for messages about a value sf cannot take.
 */
public enum SfOption {

    /** {@code sf project deploy start --test-level}. */
    DEPLOY_TEST_LEVEL("project deploy start", "--test-level",
            List.of("NoTestRun", "RunSpecifiedTests", "RunLocalTests", "RunAllTestsInOrg", "RunRelevantTests")),
    /** {@code sf project deploy validate --test-level}: no NoTestRun. */
    VALIDATE_TEST_LEVEL("project deploy validate", "--test-level",
            List.of("RunAllTestsInOrg", "RunLocalTests", "RunSpecifiedTests", "RunRelevantTests")),
    /** {@code sf package install --security-type}. */
    SECURITY_TYPE("package install", "--security-type", List.of("AllUsers", "AdminsOnly")),
    /** {@code sf package install --upgrade-type}. */
    UPGRADE_TYPE("package install", "--upgrade-type", List.of("DeprecateOnly", "Mixed", "Delete")),
    /** {@code sf package install --apex-compile}. */
    APEX_COMPILE("package install", "--apex-compile", List.of("all", "package")),
    /** {@code sf package create --package-type}. */
    PACKAGE_TYPE("package create", "--package-type", PackageType.names());

    /** sf's {@code --wait} of deploy start and deploy validate: at least 1 minute. */
    public static final int DEPLOY_MIN_WAIT = 1;

    private final String command;
    private final String flag;
    private final List<String> values;

    SfOption(String command, String flag, List<String> values) {
        this.command = command;
        this.flag = flag;
        this.values = values;
    }

    public String flag() {
        return flag;
    }

    public List<String> allowed() {
        return values;
    }

    /**
     * The value as sf spells it; null stays null (sf's default).
     *
     * @param parameter the goal parameter that sets it, named in the error
     * @throws SfParameterException when sf would reject it
     */
    public String check(String parameter, String value) throws SfParameterException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        for (String allowed : values) {
            if (allowed.toLowerCase(Locale.ROOT).equals(v.toLowerCase(Locale.ROOT))) {
                return allowed;
            }
        }
        throw new SfParameterException(parameter + " is '" + v + "', which sf " + command + " " + flag
                + " does not accept; use one of " + String.join(", ", values) + ".");
    }

    /**
     * How messages name the goal parameter whose value goes to {@code flag} of the sf command {@code words}, e.g.
     * {@code <targetOrg> (eca.targetOrg)}; for a flag whose value the plugin works out itself (a path, a number),
     * the flag.
     */
    public static String parameterOf(List<String> words, String flag) {
        String property = switch (flag) {
            case "--target-org" -> TARGET_ORG;
            case "--target-dev-hub" -> TARGET_DEV_HUB;
            case "--package" -> words.equals(List.of("package", "version", "create")) ? PACKAGE_NAME : PACKAGE_VERSION;
            case "--name" -> PACKAGE_NAME;
            case "--description" -> PACKAGE_CREATE_DESCRIPTION;
            case "--path" -> PACKAGE_DIRECTORY;
            case "--version-name" -> VERSION_NAME;
            case "--version-number" -> VERSION_NUMBER;
            case "--version-description" -> PACKAGE_VERSION_CREATE_VERSION_DESCRIPTION;
            case "--branch" -> PACKAGE_VERSION_CREATE_BRANCH;
            case "--tag" -> PACKAGE_VERSION_CREATE_TAG;
            case "--package-create-request-id" -> PACKAGE_VERSION_REPORT_REQUEST_ID;
            default -> null;
        };
        return property == null ? "sf's " + flag : PropertyNames.describe(property);
    }

    /**
     * A wait for sf's {@code --wait}, which takes whole minutes: rounded up ({@link Durations#wholeMinutes}), with a
     * notice naming {@code property} when that changes it ({@code 15s} becomes 1 minute), so the wait the user sees
     * is the one sf keeps.
     */
    public static int waitMinutes(String property, Duration wait, EcaLog log) {
        long minutes = Durations.wholeMinutes(wait);
        if (!wait.equals(Duration.ofMinutes(minutes))) {
            log.info(property + " is " + Durations.describe(wait) + "; sf waits in whole minutes, so it waits "
                    + Durations.describe(Duration.ofMinutes(minutes)) + ".");
        }
        return Math.toIntExact(minutes);
    }

    /**
     * Checks a number of minutes (or seconds) before sf sees it.
     *
     * @throws SfParameterException naming {@code parameter} when {@code value} is below {@code min}
     */
    public static int atLeast(String parameter, int value, int min, String unit) throws SfParameterException {
        if (value < min) {
            throw new SfParameterException(parameter + " is " + value + "; it must be at least " + min + " " + unit
                    + ".");
        }
        return value;
    }
}
