package io.github.ecamaven.eca.validate.report;

import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Rule;
import io.github.ecamaven.eca.validate.Severity;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every report is written from.
 *
 * @param rules the enabled rules, in catalogue order
 * @param files every file read, relative to the project directory
 * @param findings every finding, in {@link Finding#ORDER}
 * @param fresh the findings not accepted by the baseline (the same instances as in {@code findings})
 * @param baseline the baseline file that was applied; null when there was none
 * @param failOn the lowest severity of a new finding that fails the build
 * @param sourceRoot the repository root (see {@link SourceRoot})
 * @param projectPrefix the project directory relative to {@code sourceRoot}, empty or ending with {@code /}
 * @param rulesPage the page with one anchor per rule id, for the reports' help links
 * @param environment the build's environment variables
 */
public record ReportInput(List<Rule> rules, List<String> files, List<Finding> findings, List<Finding> fresh,
        Path baseline, Severity failOn, Path sourceRoot, String projectPrefix, String rulesPage,
        Map<String, String> environment) {

    public ReportInput {
        rules = List.copyOf(rules);
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        fresh = fresh instanceof Fresh ? fresh : new Fresh(fresh);
        environment = Map.copyOf(environment);
    }

    /** Path of {@code f}'s file relative to the repository root, with {@code /}. */
    public String path(Finding f) {
        return path(f.path());
    }

    /** {@code projectPath} (relative to the project) relative to the repository root. */
    public String path(String projectPath) {
        return projectPrefix + projectPath;
    }

    /** The baseline file relative to the repository root (or as given when it lies outside). */
    public String baselinePath() {
        Path b = baseline.toAbsolutePath().normalize();
        return b.startsWith(sourceRoot) ? sourceRoot.relativize(b).toString().replace('\\', '/') : b.toString();
    }

    /** Whether the baseline accepted {@code f}. */
    public boolean baselined(Finding f) {
        return !freshSet().contains(f);
    }

    /** Whether {@code f} fails the build: new and at or above the threshold. */
    public boolean fails(Finding f) {
        return !baselined(f) && f.severity().atLeast(failOn);
    }

    /** The link to the rule's section on the rules page. */
    public String helpUri(Rule r) {
        return rulesPage + "#" + r.id();
    }

    private Set<Finding> freshSet() {
        return ((Fresh) fresh).identities;
    }

    /**
     * The fresh findings with a set of them by identity, not equality (two findings may be equal and only one of
     * them baselined), built once: a search of the list per finding made the reports quadratic in the findings.
     */
    private static final class Fresh extends AbstractList<Finding> {
        private final List<Finding> list;
        private final Set<Finding> identities = Collections.newSetFromMap(new IdentityHashMap<>());

        Fresh(List<Finding> list) {
            this.list = List.copyOf(list);
            identities.addAll(this.list);
        }

        @Override
        public Finding get(int index) {
            return list.get(index);
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
