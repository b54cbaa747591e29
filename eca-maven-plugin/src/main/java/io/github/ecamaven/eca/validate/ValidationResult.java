package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.config.PropertyNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a run.
 *
 * @param findings every finding, in {@link Finding#ORDER}
 * @param newFindings findings not recorded in the baseline (all of them without a baseline)
 * @param failOnSeverity the threshold of the request
 * @param filesRead how many files were read
 */
public record ValidationResult(List<Finding> findings, List<Finding> newFindings, Severity failOnSeverity,
        int filesRead) {

    /** New findings at or above the threshold: the ones that fail the build. */
    public List<Finding> failing() {
        return newFindings.stream().filter(f -> f.severity().atLeast(failOnSeverity)).toList();
    }

    public boolean failed() {
        return !failing().isEmpty();
    }

    /** The build failure's message: the count of failing findings and where the details are. */
    public String failure(Path sarif) {
        return "found " + failing().size() + " new finding(s) at "
                + failOnSeverity.name().toLowerCase(Locale.ROOT) + " or above (see the lines above and "
                + sarif + "): fix them, or accept them as known with -D" + PropertyNames.VALIDATE_WRITE_BASELINE
                + "=true";
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** One line: counts by severity, baselined findings, files read. */
    public String summary() {
        int baselined = findings.size() - newFindings.size();
        return "eca:validate: " + count(Severity.ERROR) + " error(s), " + count(Severity.WARNING) + " warning(s), "
                + count(Severity.INFO) + " info(s) in " + filesRead + " file(s)"
                + (baselined > 0 ? ", " + baselined + " accepted by the baseline" : "");
    }
}
