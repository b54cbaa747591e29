package io.github.ecamaven.eca.drift;

import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.RunAsUser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * Compares the ECA files of the repository with the ones retrieved from an org, field by field. Only fields the
 * repository file states are compared (the configuration manages exactly what it writes); fields the org adds on
 * its own (oauthLink, orgScopedExternalApp, consumerKey …) are never drift, and secrets are never read into the
 * report.
 */
public final class DriftDetector {

    /** Values each org makes up for itself, or that must never be compared. */
    public static final Set<String> ORG_OWNED = Set.of("oauthLink", "orgScopedExternalApp", "consumerKey",
            "consumerSecret", "fullName");

    private static final Set<String> REFRESH = Set.of("refreshTokenPolicyType", "refreshTokenValidityPeriod",
            "refreshTokenValidityUnit");

    /** The username a run-as user template gives in the compared org, or null when it gives none there. */
    private final Function<RunAsUser, String> runAsUser;

    /** A detector for trees whose run-as user templates resolve to no user (any org user is drift). */
    public DriftDetector() {
        this(t -> null);
    }

    /**
     * A detector for one org: a run-as user template ({@link RunAsUser}) of the repository matches the org's user
     * when it is the username {@code runAsUser} gives for that org.
     */
    public DriftDetector(Function<RunAsUser, String> runAsUser) {
        this.runAsUser = runAsUser;
    }

    /**
     * Compares two source trees.
     *
     * @param repository a tree with the repository's files (generated or committed)
     * @param org a tree with the retrieved files
     * @param apps the apps to compare; empty means every app found in {@code repository}
     */
    public DriftReport compare(Path repository, Path org, Set<String> apps) throws IOException, EcaXmlException {
        return compare(List.of(repository), org, apps);
    }

    /** Like {@link #compare(Path, Path, Set)} with the repository spread over several package directories. */
    public DriftReport compare(List<Path> repository, Path org, Set<String> apps)
            throws IOException, EcaXmlException {
        return compare(null, repository, org, apps);
    }

    /**
     * Like {@link #compare(List, Path, Set)} for the package directories of a project: files its
     * {@code .forceignore} keeps out of the deploy are not compared.
     *
     * @param projectRoot the project whose {@code .forceignore} applies; null for none
     */
    public DriftReport compare(Path projectRoot, List<Path> repository, Path org, Set<String> apps)
            throws IOException, EcaXmlException {
        Map<String, EcaFile> mine = new TreeMap<>();
        for (Path root : repository) {
            mine.putAll(index(projectRoot == null ? root : projectRoot, root));
        }
        Map<String, EcaFile> theirs = index(org, org);
        List<FieldDrift> drifts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, EcaFile> e : mine.entrySet()) {
            MetadataDocument<MetadataComponent> repoDoc = e.getValue().document();
            String app = e.getValue().appName() != null ? e.getValue().appName() : e.getValue().componentName();
            if (!apps.isEmpty() && !apps.contains(app)) {
                continue;
            }
            String component = componentName(MetadataType.ofTypeName(repoDoc.rootName()));
            MetadataDocument<MetadataComponent> orgDoc = theirs.containsKey(e.getKey())
                    ? theirs.get(e.getKey()).document() : null;
            if (orgDoc == null) {
                missing.add(app + "/" + component + " (" + e.getKey() + ")");
                continue;
            }
            compareFields(app, component, repoDoc, orgDoc, drifts);
        }
        return new DriftReport(drifts, missing);
    }

    private void compareFields(String app, String component, MetadataDocument<MetadataComponent> repo,
            MetadataDocument<MetadataComponent> org, List<FieldDrift> out) {
        Map<String, String> mine = flatten(repo.root());
        Map<String, String> theirs = flatten(org.root());
        boolean refreshReported = false;
        for (Map.Entry<String, String> f : mine.entrySet()) {
            String field = f.getKey();
            if (ORG_OWNED.contains(field) || ("label".equals(field) && !"app".equals(component))) {
                continue; // satellite labels are set to the component name by the org
            }
            String theirValue = theirs.get(field);
            if (RunAsUser.FIELD.equals(field) && RunAsUser.isTemplate(f.getValue())
                    && RunAsUser.problem(f.getValue()) == null) {
                RunAsUser template = RunAsUser.parse(f.getValue());
                String resolved = runAsUser.apply(template);
                if (resolved == null || !RunAsUser.normalised(resolved).equals(RunAsUser.normalised(theirValue))) {
                    out.add(new FieldDrift(app, component, field, template.text() + (resolved == null
                            ? " (no user for this org)" : " (" + resolved + " in this org)"), theirValue));
                }
                continue;
            }
            if (same(f.getValue(), theirValue, field)) {
                continue;
            }
            if (REFRESH.contains(field)) {
                if (!refreshReported) {
                    out.add(new FieldDrift(app, component, "refreshTokenPolicyType", refresh(mine), refresh(theirs)));
                    refreshReported = true;
                }
                continue;
            }
            out.add(new FieldDrift(app, component, field, f.getValue(), theirValue));
        }
    }

    /** {@code SpecificInactivity 30 Days}: the policy is one setting in Setup, so it is one line of drift. */
    private static String refresh(Map<String, String> fields) {
        String type = fields.get("refreshTokenPolicyType");
        if (type == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(type);
        if (fields.get("refreshTokenValidityPeriod") != null) {
            b.append(' ').append(fields.get("refreshTokenValidityPeriod"));
        }
        if (fields.get("refreshTokenValidityUnit") != null) {
            b.append(' ').append(fields.get("refreshTokenValidityUnit"));
        }
        return b.toString();
    }

    private static boolean same(String mine, String theirs, String field) {
        if (mine == null || theirs == null) {
            return mine == theirs;
        }
        if ("certificate".equals(field)) {
            return mine.replaceAll("\\s", "").equals(theirs.replaceAll("\\s", ""));
        }
        if (field.startsWith("commaSeparated")) {
            return normaliseList(mine).equals(normaliseList(theirs));
        }
        return mine.strip().equals(theirs.strip());
    }

    private static List<String> normaliseList(String s) {
        return Stream.of(s.split(",")).map(String::trim).filter(t -> !t.isEmpty()).sorted().toList();
    }

    /** Leaf elements as {@code path → text}; repeated elements get {@code [i]}. */
    static Map<String, String> flatten(Element root) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(root, "", out);
        return out;
    }

    private static void flatten(Element e, String prefix, Map<String, String> out) {
        List<Element> children = MetadataDocument.childElements(e, null);
        Map<String, Integer> seen = new TreeMap<>();
        for (Element c : children) {
            String name = c.getLocalName();
            long count = children.stream().filter(x -> name.equals(x.getLocalName())).count();
            int i = seen.merge(name, 1, Integer::sum);
            String path = prefix + name + (count > 1 ? "[" + i + "]" : "");
            if (MetadataDocument.childElements(c, null).isEmpty()) {
                out.put(path, c.getTextContent());
            } else {
                flatten(c, path + ".", out);
            }
        }
    }

    private static Map<String, EcaFile> index(Path projectRoot, Path tree) throws IOException, EcaXmlException {
        Map<String, EcaFile> out = new TreeMap<>();
        for (EcaFile f : EcaFile.find(projectRoot, List.of(tree), Set.of())) {
            out.put(f.type().typeName() + ":" + f.componentName(), f);
        }
        return out;
    }

    /** The short names drift lines use for each component. */
    public static String componentName(MetadataType type) {
        if (type == null) {
            return "?";
        }
        return switch (type) {
            case EXTERNAL_CLIENT_APPLICATION -> "app";
            case OAUTH_SETTINGS -> "oauth";
            case GLOBAL_OAUTH_SETTINGS -> "globalOauth";
            case OAUTH_POLICIES -> "policies";
            case POLICIES -> "pluginPolicies";
            default -> type.suffix();
        };
    }
}
