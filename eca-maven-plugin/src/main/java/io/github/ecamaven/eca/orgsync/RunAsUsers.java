package io.github.ecamaven.eca.orgsync;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.RunAsUser;
import io.github.ecamaven.eca.sf.OrgIdentity;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client-credentials run-as user of each OAuth policies file, for one target org: a template
 * ({@link RunAsUser}) resolved for the org, and every run-as user checked with {@code sf data query} to exist and be
 * active there before anything is sent. The resolved username goes only into the deploy's staged copy
 * ({@code target/eca/deploy/<formation>}, see {@link DeployService}), never into the user's files.
 */
public final class RunAsUsers {

    private static final Pattern ELEMENT = Pattern.compile(
            "(<" + RunAsUser.FIELD + ">)(.*?)(</" + RunAsUser.FIELD + ">)", Pattern.DOTALL);

    private final SfCli sf;
    private final EcaLog log;

    public RunAsUsers(SfCli sf, EcaLog log) {
        this.sf = sf;
        this.log = log;
    }

    /**
     * The username {@code template} gives in an org, or null when its map has no entry for the org.
     *
     * @param passed the alias or username the user passed as the target org (it counts for the map); null for sf's
     *     default org
     */
    public static String resolve(RunAsUser template, String passed, OrgIdentity org) {
        return template.resolve(passed, org.alias(), org.username());
    }

    /**
     * For drift: the resolver of templates for {@code targetOrg}. sf is asked who the org is only when one of
     * {@code repositoryFiles} has a template, and once.
     */
    public Function<RunAsUser, String> resolverFor(String targetOrg, List<EcaFile> repositoryFiles)
            throws SfCliException {
        boolean templates = repositoryFiles.stream().anyMatch(f -> f.type() == MetadataType.OAUTH_POLICIES
                && RunAsUser.isTemplate(f.text(RunAsUser.FIELD)));
        if (!templates) {
            return t -> null;
        }
        OrgIdentity org = OrgIdentity.of(sf, targetOrg);
        return template -> resolve(template, targetOrg, org);
    }

    /**
     * Before a deploy: resolves the run-as user of every OAuth policies file among {@code files} for the target org and
     * checks that each user exists and is active there. The deploy writes the resolved username into its staged copy
     * with {@link #withUser}, never into the user's file.
     *
     * @param targetOrg what the user passed as the target org; null for sf's default
     * @param orgName how messages name the org
     * @return each templated file's path to the username its template gives for the org (empty when none has one)
     * @throws OrgSyncException naming the user, the org and the fix, when a template has no entry for the org or a
     *     user is missing or inactive there; nothing has been sent then
     */
    public Map<Path, String> check(String targetOrg, String orgName, List<EcaFile> files)
            throws OrgSyncException, SfCliException {
        return check(targetOrg, orgName, files, null);
    }

    /**
     * {@link #check(String, String, List)} for a deploy that has asked sf who the org is already.
     *
     * @param known the target org as {@code sf org display} told it, or null to ask when a template needs it
     */
    public Map<Path, String> check(String targetOrg, String orgName, List<EcaFile> files, OrgIdentity known)
            throws OrgSyncException, SfCliException {
        OrgIdentity org = known;
        Map<Path, String> resolved = new LinkedHashMap<>();
        Map<String, String> checked = new LinkedHashMap<>();
        for (EcaFile f : files) {
            if (f.type() != MetadataType.OAUTH_POLICIES) {
                continue;
            }
            String value = f.text(RunAsUser.FIELD);
            if (value == null || value.isEmpty()) {
                continue;
            }
            String where = f.relativePath() + " <" + RunAsUser.FIELD + ">";
            String problem = RunAsUser.problem(value);
            if (problem != null) {
                throw new OrgSyncException(where + ": " + problem + "; then run eca:generate or edit the file");
            }
            RunAsUser template = RunAsUser.parse(value);
            String user = value;
            if (template != null) {
                // an entry for the alias the user passed needs no sf call; anything else needs to know who the org is
                String passedKey = template.keyFor(targetOrg, null, null);
                boolean byPassed = !template.isLoginUser() && passedKey != null
                        && !RunAsUser.FALLBACK.equals(passedKey)
                        && !RunAsUser.LOGIN_USER.equals(template.entries().get(passedKey));
                if (org == null && !byPassed) {
                    org = OrgIdentity.of(sf, targetOrg);
                }
                user = byPassed ? template.entries().get(passedKey) : resolve(template, targetOrg, org);
                if (user == null) {
                    String key = targetOrg != null ? targetOrg : org.alias() != null ? org.alias() : org.username();
                    throw new OrgSyncException(where + ": the per-org map " + template.text() + " has no entry for "
                            + org.describe() + "; add " + key + "=<username of its API Only integration user> (or a "
                            + RunAsUser.FALLBACK + "=… fallback) to <clientCredentialsUser> and run eca:generate,"
                            + " or to the file");
                }
                resolved.put(f.path(), user);
            }
            if (!checked.containsKey(RunAsUser.normalised(user))) {
                checkUser(user, targetOrg, org != null ? org.describe() : orgName, where, template);
                checked.put(RunAsUser.normalised(user), user);
            }
        }
        return resolved;
    }

    private void checkUser(String user, String targetOrg, String orgName, String where, RunAsUser template)
            throws OrgSyncException, SfCliException {
        SfResult result = sf.run(userQuery(user, targetOrg));
        JsonNode records = result.result() == null ? null : result.result().path("records");
        String from = template == null ? "" : " (" + template.text() + " for this org)";
        String change = template == null ? "or name another user in <clientCredentialsUser>"
                : "or point the map's entry for this org at another user";
        if (records == null || records.size() == 0) {
            throw new OrgSyncException(where + ": the run-as user " + user + from + " does not exist in " + orgName
                    + "; nothing was deployed. Create the user there with the API Only permission, " + change
                    + ".");
        }
        if (!records.get(0).path("IsActive").asBoolean(false)) {
            throw new OrgSyncException(where + ": the run-as user " + user + from + " is inactive in " + orgName
                    + "; nothing was deployed. Activate the user, " + change + ".");
        }
        log.info("Run-as user " + user + from + " exists and is active in " + orgName);
    }

    /**
     * {@code sf data query --query "SELECT Id, Username, IsActive FROM User WHERE Username = '<user>'"
     * --target-org <org>}.
     */
    static SfCommand userQuery(String username, String targetOrg) {
        return SfCommand.of("data", "query")
                .option("--query", "SELECT Id, Username, IsActive FROM User WHERE Username = '" + soqlString(username)
                        + "'")
                .option("--target-org", targetOrg)
                .build();
    }

    /** The text of a SOQL string literal: backslash and single quote escaped with a backslash. */
    static String soqlString(String value) {
        StringBuilder b = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** An OAuth policies file's text with {@code username} in its run-as user element; the rest byte for byte. */
    public static String withUser(String policiesXml, String username) {
        Matcher m = ELEMENT.matcher(policiesXml);
        if (!m.find()) {
            throw new IllegalArgumentException("no <" + RunAsUser.FIELD + "> in the OAuth policies");
        }
        String xml = username.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return policiesXml.substring(0, m.start(2)) + xml + policiesXml.substring(m.end(2));
    }
}
