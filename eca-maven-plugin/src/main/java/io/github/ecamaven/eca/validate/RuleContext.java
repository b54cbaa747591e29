package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.project.ProjectFile;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Node;

/** What a rule reports into: applies the effective severity and collects findings. */
public final class RuleContext {

    private final Rule rule;
    private final Severity override;
    private final Profile profile;
    private final String packageType;
    private final String sourceOrgId;
    private final NangoCallback nangoCallback;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * @param override the user's or the profile's severity for this rule, or null to let the rule decide
     */
    public RuleContext(Rule rule, Severity override, Profile profile) {
        this(rule, override, profile, null);
    }

    /** @param packageType {@code Managed} or {@code Unlocked} when the build knows it, else null */
    public RuleContext(Rule rule, Severity override, Profile profile, String packageType) {
        this(rule, override, profile, packageType, null);
    }

    /** @param sourceOrgId the org that holds the apps' global OAuth settings when the build names it, else null */
    public RuleContext(Rule rule, Severity override, Profile profile, String packageType, String sourceOrgId) {
        this(rule, override, profile, packageType, sourceOrgId, null);
    }

    /** @param nangoCallback the callback of the Nango server the build declares; null for Nango Cloud's */
    public RuleContext(Rule rule, Severity override, Profile profile, String packageType, String sourceOrgId,
            NangoCallback nangoCallback) {
        this.nangoCallback = nangoCallback == null ? NangoCallback.CLOUD : nangoCallback;
        this.rule = rule;
        this.override = override;
        this.profile = profile;
        this.packageType = packageType;
        this.sourceOrgId = sourceOrgId;
    }

    /** The id of the org that holds the apps' global OAuth settings and consumers; null when the build does not say. */
    public String sourceOrgId() {
        return sourceOrgId;
    }

    /** The callback of the Nango server the build declares ({@code eca.nangoUrl}, {@code eca.nangoCallbackUrl}). */
    public NangoCallback nangoCallback() {
        return nangoCallback;
    }

    public Profile profile() {
        return profile;
    }

    /** {@code Managed} or {@code Unlocked} when the build says which package the project builds; null if unknown. */
    public String packageType() {
        return packageType;
    }

    /** Reports at the rule's default severity. */
    public void report(ProjectFile file, SourcePosition at, String message) {
        report(file, at, message, rule.defaultSeverity());
    }

    /** Reports at the start of {@code node}. */
    public void report(ProjectFile file, Node node, String message) {
        report(file, MetadataDocument.positionOf(node), message, rule.defaultSeverity());
    }

    public void report(ProjectFile file, Node node, String message, Severity severity) {
        report(file, MetadataDocument.positionOf(node), message, severity);
    }

    /** Reports with a severity the rule chose (e.g. higher for a Packaged app); a configured override wins. */
    public void report(ProjectFile file, SourcePosition at, String message, Severity severity) {
        SourcePosition p = at == null ? SourcePosition.FILE : at;
        findings.add(new Finding(rule.id(), override != null ? override : severity, file.relativePath(),
                Math.max(1, p.line()), Math.max(0, p.column()), message));
    }

    public List<Finding> findings() {
        return findings;
    }
}
