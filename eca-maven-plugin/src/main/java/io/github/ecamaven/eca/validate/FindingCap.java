package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cap on what eca:validate shows per rule, on the console and in the reports: the first {@code max} findings of
 * each rule (in {@link Finding#ORDER}), and in place of the rest one summary finding per rule, "… and K more findings
 * of RULE", at the first finding left out. A project with tens of thousands of findings of one rule otherwise gives
 * reports of a hundred megabytes that no viewer opens. The verdict, the counts and the baseline still see every
 * finding.
 */
public final class FindingCap {

    /** The default cap (the parameter's default value). */
    public static final String DEFAULT = "1000";

    private FindingCap() {}

    /**
     * {@code findings} and {@code fresh} capped alike.
     *
     * @param findings every finding, in {@link Finding#ORDER}
     * @param fresh the findings not accepted by the baseline (the same instances as in {@code findings})
     */
    public record Capped(List<Finding> findings, List<Finding> fresh) {}

    /** The findings left out of one rule. */
    private static final class Omitted {
        Finding first;
        int count;
        Severity worst = Severity.INFO;
        Severity worstFresh;
    }

    /** {@code findings} with at most {@code max} per rule, the rest summarised (the console's list). */
    public static List<Finding> cap(List<Finding> findings, int max) {
        return cap(findings, findings, max).findings();
    }

    /**
     * {@code findings} with at most {@code max} per rule and one summary finding per rule for the rest (appended,
     * in the order the rules first exceed the cap); a summary is fresh when a finding it stands for is, with the
     * worst severity among those.
     *
     * @throws ConfigurationException when {@code max} is below 1
     */
    public static Capped cap(List<Finding> findings, List<Finding> fresh, int max) {
        requireValid(max);
        Set<Finding> freshSet = Collections.newSetFromMap(new IdentityHashMap<>());
        freshSet.addAll(fresh);
        Map<String, Integer> shown = new LinkedHashMap<>();
        Map<String, Omitted> omitted = new LinkedHashMap<>();
        List<Finding> keptAll = new ArrayList<>();
        List<Finding> keptFresh = new ArrayList<>();
        for (Finding f : findings) {
            if (shown.merge(f.ruleId(), 1, Integer::sum) <= max) {
                keptAll.add(f);
                if (freshSet.contains(f)) {
                    keptFresh.add(f);
                }
                continue;
            }
            Omitted o = omitted.computeIfAbsent(f.ruleId(), id -> new Omitted());
            if (o.first == null) {
                o.first = f;
            }
            o.count++;
            o.worst = f.severity().atLeast(o.worst) ? f.severity() : o.worst;
            if (freshSet.contains(f)) {
                o.worstFresh = o.worstFresh == null || f.severity().atLeast(o.worstFresh) ? f.severity()
                        : o.worstFresh;
            }
        }
        if (omitted.isEmpty()) {
            return new Capped(findings, fresh);
        }
        for (Map.Entry<String, Omitted> e : omitted.entrySet()) {
            Omitted o = e.getValue();
            Finding summary = new Finding(e.getKey(), o.worstFresh != null ? o.worstFresh : o.worst, o.first.path(),
                    o.first.line(), o.first.column(), message(e.getKey(), o.count, max));
            keptAll.add(summary);
            if (o.worstFresh != null) {
                keptFresh.add(summary);
            }
        }
        return new Capped(keptAll, keptFresh);
    }

    /** The text of a summary finding. */
    static String message(String ruleId, int more, int max) {
        return String.format(Locale.ROOT, "… and %,d more findings of %s, the first of them here (eca:validate shows"
                + " %,d per rule, see %s; the build's verdict and the baseline count every finding)", more, ruleId, max,
                PropertyNames.describe(PropertyNames.VALIDATE_MAX_FINDINGS_PER_RULE));
    }

    /**
     * Checks a cap set by the user.
     *
     * @throws ConfigurationException naming the parameter when {@code max} is below 1
     */
    public static int requireValid(int max) {
        if (max < 1) {
            throw new ConfigurationException(PropertyNames.describe(PropertyNames.VALIDATE_MAX_FINDINGS_PER_RULE)
                    + " is " + max + "; set it to 1 or more (default " + DEFAULT + "): the findings of a rule beyond"
                    + " it are summarised in one line");
        }
        return max;
    }
}
