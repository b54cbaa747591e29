package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.OrgFormation;
import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.project.SourceOrg;
import io.github.ecamaven.eca.sf.OrgIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Which of the apps' files go to an org of an {@link OrgFormation}, and what they look like there: the one selection
 * eca:deploy and the customer bundle share. The user's files are only read; a file whose link a formation leaves out
 * goes as a copy without that element, byte for byte the same otherwise.
 */
public final class FormationFiles {

    /** The element of the OAuth settings that names the source org's consumer. */
    static final String OAUTH_LINK = "oauthLink";
    /** The element of the header that names the org the app was made in. */
    static final String ORG_SCOPED_NAME = "orgScopedExternalApp";

    /**
     * A file that goes.
     *
     * @param file the user's file
     * @param stagedPath where it goes in a staged sfdx project: its type folder in the default package directory
     * @param content what goes: the file's bytes, less what the formation leaves out
     * @param edit what was left out of it ({@code without <oauthLink>}), or null when it goes as it is
     */
    public record Outgoing(EcaFile file, String stagedPath, byte[] content, String edit) {}

    private final OrgFormation formation;
    private final List<Outgoing> outgoing;
    private final Map<String, List<EcaFile>> leftOut;
    /** app → its source org, for the linked formation */
    private final Map<String, SourceOrg> sourceOrgs;
    /** app → its OAuth settings' oauthLink, for the linked formation */
    private final Map<String, String> links;

    private FormationFiles(OrgFormation formation, List<Outgoing> outgoing, Map<String, List<EcaFile>> leftOut,
            Map<String, SourceOrg> sourceOrgs, Map<String, String> links) {
        this.formation = formation;
        this.outgoing = outgoing;
        this.leftOut = leftOut;
        this.sourceOrgs = sourceOrgs;
        this.links = links;
    }

    /**
     * The files of {@code files} that go to an org of {@code formation}.
     *
     * @param policies whether the policies files go
     * @param sourceOrgId {@value PropertyNames#SOURCE_ORG_ID}, or null: what an {@code oauthLink} is checked against
     * @throws OrgSyncException before anything runs, naming the file and the fix, when the files cannot make that
     *     formation: the linked one without an {@code oauthLink} to the source org, the independent one without
     *     global OAuth settings
     */
    public static FormationFiles select(OrgFormation formation, boolean policies, String sourceOrgId,
            List<EcaFile> files) throws OrgSyncException, IOException {
        Map<String, List<EcaFile>> byApp = new LinkedHashMap<>();
        for (EcaFile f : files) {
            byApp.computeIfAbsent(f.appName(), k -> new ArrayList<>()).add(f);
        }
        Map<String, SourceOrg> sourceOrgs = new LinkedHashMap<>();
        Map<String, String> links = new LinkedHashMap<>();
        for (Map.Entry<String, List<EcaFile>> app : byApp.entrySet()) {
            EcaFile header = only(app.getValue(), MetadataType.EXTERNAL_CLIENT_APPLICATION);
            EcaFile oauth = only(app.getValue(), MetadataType.OAUTH_SETTINGS);
            EcaFile global = only(app.getValue(), MetadataType.GLOBAL_OAUTH_SETTINGS);
            if (formation.link() == OrgFormation.Link.REQUIRED) {
                links.put(app.getKey(), checkLink(formation, app.getKey(), sourceOrgId, header, oauth, global));
                sourceOrgs.put(app.getKey(), SourceOrg.of(sourceOrgId, header, oauth, global));
            } else if (formation.sendsGlobalSettings() && formation != OrgFormation.SOURCE && global == null) {
                throw new OrgSyncException("app " + app.getKey() + " has no global OAuth settings file ("
                        + expected(header, MetadataType.GLOBAL_OAUTH_SETTINGS, app.getKey()) + "), which the "
                        + formation.value() + " formation sends so that the org mints a consumer of its own; run"
                        + " eca:generate, which writes it from <apps>, or deploy with -D"
                        + PropertyNames.DEPLOY_FORMATION + "=" + OrgFormation.LINKED.value()
                        + " to share the source org's consumer.");
            }
        }
        List<Outgoing> out = new ArrayList<>();
        Map<String, List<EcaFile>> leftOut = new LinkedHashMap<>();
        for (EcaFile f : files) {
            String reason = reasonLeftOut(formation, policies, f.type());
            if (reason != null) {
                leftOut.computeIfAbsent(reason, k -> new ArrayList<>()).add(f);
                continue;
            }
            byte[] bytes = Files.readAllBytes(f.path());
            String edit = null;
            if (formation.link() == OrgFormation.Link.STRIPPED) {
                String element = f.type() == MetadataType.OAUTH_SETTINGS ? OAUTH_LINK
                        : f.type() == MetadataType.EXTERNAL_CLIENT_APPLICATION ? ORG_SCOPED_NAME : null;
                if (element != null && f.element(element) != null) {
                    bytes = without(new String(bytes, StandardCharsets.UTF_8), element)
                            .getBytes(StandardCharsets.UTF_8);
                    edit = "without <" + element + ">";
                }
            }
            out.add(new Outgoing(f, ProjectPaths.sourceFile(ProjectPaths.DEFAULT_PACKAGE_DIRECTORY,
                    f.type().directoryName(), f.path().getFileName().toString()), bytes, edit));
        }
        return new FormationFiles(formation, out, leftOut, sourceOrgs, links);
    }

    /** Why a file of {@code type} stays out of an org of {@code formation}; null when it goes. */
    static String reasonLeftOut(OrgFormation formation, boolean policies, MetadataType type) {
        if (isPolicies(type)) {
            return policies ? null : "policies: each org's admin sets them (-D" + PropertyNames.DEPLOY_POLICIES
                    + "=true sends them)";
        }
        if (type == MetadataType.GLOBAL_OAUTH_SETTINGS) {
            return formation.sendsGlobalSettings() ? null
                    : "global OAuth settings: they stay in the source org, whose consumer the org shares";
        }
        if (formation == OrgFormation.SOURCE || type == MetadataType.EXTERNAL_CLIENT_APPLICATION
                || type == MetadataType.OAUTH_SETTINGS) {
            return null;
        }
        return "other settings: the " + formation.value() + " formation sends the header and the OAuth settings"
                + (formation.sendsGlobalSettings() ? " and the global OAuth settings" : "") + " only";
    }

    /** Whether {@code type} is one of an app's policies (the configurable policies types), which each org's admin sets. */
    static boolean isPolicies(MetadataType type) {
        return type.typeName().endsWith("ConfigurablePolicies");
    }

    private static String checkLink(OrgFormation formation, String app, String sourceOrgId, EcaFile header,
            EcaFile oauth, EcaFile global) throws OrgSyncException {
        SourceOrg held = SourceOrg.declaredOrHeld(sourceOrgId, header, global);
        String retrieve = "bring the <" + OAUTH_LINK + "> Salesforce generated in the source org into the file: "
                + SourceOrg.linkRetrieval(oauth != null ? oauth.componentName() : app + "_oauth",
                        held == null ? null : "<alias of " + held.orgId() + ">")
                + " (sf writes it into the file in place; eca:generate keeps it)";
        if (oauth == null) {
            throw new OrgSyncException("app " + app + " has no OAuth settings file ("
                    + expected(header, MetadataType.OAUTH_SETTINGS, app) + "), which the " + formation.value()
                    + " formation sends with its <" + OAUTH_LINK + "> to the source org's consumer; " + retrieve
                    + ".");
        }
        String link = oauth.text(OAUTH_LINK);
        if (link == null || link.isEmpty()) {
            throw new OrgSyncException(oauth.relativePath() + " has no <" + OAUTH_LINK + ">, which the "
                    + formation.value() + " formation needs: it names the source org's consumer the org shares; "
                    + retrieve + ", or deploy with -D" + PropertyNames.DEPLOY_FORMATION + "="
                    + OrgFormation.INDEPENDENT.value() + " to mint a consumer of the org's own.");
        }
        String at = at(oauth, OAUTH_LINK);
        String linkedOrg = SalesforceValues.orgIdOf(link);
        if (linkedOrg == null) {
            throw new OrgSyncException(at + ": <" + OAUTH_LINK + "> '" + link + "' is not <org id>:<consumer id> as"
                    + " Salesforce generates it; " + retrieve + ".");
        }
        if (held != null && !held.is(linkedOrg)) {
            throw new OrgSyncException(at + ": <" + OAUTH_LINK + "> names the consumer of org " + linkedOrg
                    + ", but the source org of " + app + " is " + held.orgId() + " " + held.basis() + "; " + retrieve
                    + ", or correct " + PropertyNames.describe(PropertyNames.SOURCE_ORG_ID) + ".");
        }
        return link;
    }

    /**
     * Refuses a deploy of the linked formation into an app's source org itself, which holds the consumer the link
     * names.
     */
    public void refuseSourceOrgAsTarget(OrgIdentity target) throws OrgSyncException {
        for (Map.Entry<String, SourceOrg> s : sourceOrgs.entrySet()) {
            if (s.getValue() != null && target != null && s.getValue().is(target.orgId())) {
                throw new OrgSyncException("the target org " + target.describe() + " is the source org of "
                        + s.getKey() + " " + s.getValue().basis() + ": it holds the consumer the <" + OAUTH_LINK
                        + "> names, so the " + formation.value() + " formation has nothing to link; deploy to it"
                        + " with -D" + PropertyNames.DEPLOY_FORMATION + "=" + OrgFormation.SOURCE.value() + ".");
            }
        }
    }

    /** {@code text} without the element {@code element} (and its line, when it has one of its own). */
    static String without(String text, String element) {
        String tag = "<" + Pattern.quote(element) + "(?:\\s*/>|(?:\\s[^>]*)?>[^<]*</" + Pattern.quote(element)
                + "\\s*>)";
        Matcher line = Pattern.compile("(?m)^[ \\t]*" + tag + "[ \\t]*(?:\\r?\\n|\\r)").matcher(text);
        if (line.find()) {
            return text.substring(0, line.start()) + text.substring(line.end());
        }
        return Pattern.compile(tag).matcher(text).replaceFirst("");
    }

    private static EcaFile only(List<EcaFile> files, MetadataType type) {
        return files.stream().filter(f -> f.type() == type).findFirst().orElse(null);
    }

    /** Where the {@code type} file of {@code app} would be: next to the header's folder, else in force-app. */
    private static String expected(EcaFile header, MetadataType type, String app) {
        String file = type.sourceFileName(type.conventionalName(app));
        String headerFolder = header == null ? null : header.relativePath().replace('\\', '/');
        int cut = headerFolder == null ? -1 : headerFolder.lastIndexOf('/');
        cut = cut < 0 ? -1 : headerFolder.lastIndexOf('/', cut - 1);
        return cut < 0 ? ProjectPaths.sourceFile(ProjectPaths.DEFAULT_PACKAGE_DIRECTORY, type.directoryName(), file)
                : headerFolder.substring(0, cut + 1) + type.directoryName() + "/" + file;
    }

    private static String at(EcaFile f, String element) {
        Element e = f.element(element);
        SourcePosition p = e == null ? SourcePosition.FILE : MetadataDocument.positionOf(e);
        return f.relativePath() + (p == SourcePosition.FILE ? "" : ":" + p);
    }

    public OrgFormation formation() {
        return formation;
    }

    /** The files that go, in the order of the project's files. */
    public List<Outgoing> outgoing() {
        return outgoing;
    }

    /** The files left out, by why. */
    public Map<String, List<EcaFile>> leftOut() {
        return leftOut;
    }

    /** app → the {@code oauthLink} it goes with (the linked formation), in the order of the apps. */
    public Map<String, String> links() {
        return links;
    }
}
