package io.github.ecamaven.eca.sf;

import java.util.List;
import java.util.Locale;

/**
 * The sf flags that take one of a fixed set of values, with the values of the pinned sf's help (2.129.8), so that a
 * typo is refused naming the goal parameter before sf runs, and a value in another letter case is sent the way sf
 * spells it. Also the minimum of each {@code --wait}.
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
    PACKAGE_TYPE("package create", "--package-type", List.of("Managed", "Unlocked"));

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
