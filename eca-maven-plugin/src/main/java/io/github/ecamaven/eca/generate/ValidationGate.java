package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Profile;
import io.github.ecamaven.eca.validate.Rule;
import io.github.ecamaven.eca.validate.RuleCatalogue;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.ValidationRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs eca:validate's rules, with the profile and rule settings eca:validate uses in the same build, on the files
 * eca:generate is about to write, so that generate never writes what validate rejects. Each error-level finding in
 * a planned file becomes a configuration problem with the same rule id and the {@code <app>} element to change.
 * A problem the file on disk already has (in a hand edit generate keeps) is left to eca:validate, except in
 * sfdx-project.json: generate does not write into a project whose project file eca:validate rejects; and except a
 * committed secret ({@link Rule#findsCommittedSecrets}: ECA-SEC-001, ECA-SEC-007): generate does not write a secret
 * again, so a file it would rewrite that holds one is refused, naming file, line and rule, never the value.
 */
final class ValidationGate {

    private static final Pattern START_TAG = Pattern.compile("^\\s*<([A-Za-z][A-Za-z0-9]*)[\\s>/]");
    private static final Pattern JSON_KEY = Pattern.compile("^\\s*\"([A-Za-z]+)\"\\s*:");
    private static final Map<String, String> PROJECT_ELEMENTS = Map.of(
            SfdxProject.KEY_NAMESPACE, PropertyNames.describe(PropertyNames.NAMESPACE),
            SfdxProject.KEY_VERSION_NUMBER, PropertyNames.describe(PropertyNames.VERSION_NUMBER),
            SfdxProject.KEY_VERSION_NAME, PropertyNames.describe(PropertyNames.VERSION_NAME),
            SfdxProject.KEY_PACKAGE, PropertyNames.describe(PropertyNames.PACKAGE_NAME),
            SfdxProject.KEY_SOURCE_API_VERSION, PropertyNames.describe(PropertyNames.API_VERSION),
            SfdxProject.KEY_PATH, PropertyNames.describe(PropertyNames.PACKAGE_DIRECTORY));

    private ValidationGate() {}

    /** Whether every planned file exists with exactly the planned bytes. */
    private static boolean unchanged(Path projectDir, Map<String, byte[]> planned) throws IOException {
        for (Map.Entry<String, byte[]> e : planned.entrySet()) {
            Path p = projectDir.resolve(e.getKey());
            if (!Files.isRegularFile(p) || Files.size(p) != e.getValue().length
                    || !Arrays.equals(Files.readAllBytes(p), e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The problems eca:validate would report at error level in the planned files.
     *
     * @param planned path relative to the project root to the bytes generate would write
     * @param files the metadata files among them, with the elements that decide each field
     */
    static List<ConfigProblem> check(GenerateRequest request, String manifest, Map<String, byte[]> planned,
            List<PlannedFile> files) throws IOException {
        if (planned.isEmpty() || unchanged(request.projectDir(), planned)) {
            // nothing would be written: what the files already hold is eca:validate's to report (the check below
            // filters it out too), and scanning the project for it made an up-to-date generate cost a validation
            return List.of();
        }
        List<Finding> findings;
        Set<String> before = new HashSet<>();
        // a profile or rule setting that is none is a ConfigurationException, the same as in eca:validate
        Profile profile = Profile.named(request.validationProfile());
        String profileName = profile.name();
        List<Path> manifests = manifest.startsWith("manifest/") || manifest.equals("package.xml") ? List.of()
                : List.of(Path.of(manifest));
        ValidationRequest vr = new ValidationRequest(request.projectDir(), profile, Severity.ERROR,
                request.validationRules(), manifests, null, false, null).withPackageType(request.packageType())
                .withNangoCallback(request.nangoCallback());
        findings = EcaValidator.findings(vr, planned);
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && (planned.containsKey(f.path())
                || f.path().equals(SfdxProject.FILE_NAME)) && Files.exists(request.projectDir().resolve(
                f.path())))) {
            EcaValidator.findings(vr, Map.of()).forEach(f -> before.add(key(f)));
        }
        List<ConfigProblem> problems = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() != Severity.ERROR) {
                continue;
            }
            boolean projectFile = f.path().equals(SfdxProject.FILE_NAME);
            // a committed secret the file already has is no exception: rewriting the file would write it again
            if (before.contains(key(f)) && !secret(f)) {
                if (projectFile) {
                    // the project file says where everything goes: generating into a project eca:validate rejects
                    // writes files sf then cannot use, so its problems stop generate even when generate did not
                    // cause them
                    problems.add(new ConfigProblem(null, SfdxProject.FILE_NAME, "eca:validate"
                            + (profileName.equals(Profile.DEFAULT_NAME) ? "" : " (profile " + profileName + ")") + " rejects "
                            + f.path() + ":" + f.line() + " with " + f.ruleId() + ": " + f.message() + "; fix "
                            + SfdxProject.FILE_NAME + " first, eca:generate writes into the project it describes"));
                }
                // a problem another file already has (a hand edit generate keeps) is eca:validate's to report, not a
                // reason to refuse updating the fields the configuration manages
                continue;
            }
            if (!planned.containsKey(f.path())) {
                continue; // a file generate does not write is not generate's doing
            }
            problems.add(problem(f, profileName, planned.get(f.path()), files));
        }
        return problems;
    }

    /** Whether {@code f} is a committed secret ({@link Rule#findsCommittedSecrets}). */
    private static boolean secret(Finding f) {
        Rule r = RuleCatalogue.rule(f.ruleId());
        return r != null && r.findsCommittedSecrets();
    }

    private static String key(Finding f) {
        return f.ruleId() + " " + f.path() + " " + f.message();
    }

    private static ConfigProblem problem(Finding f, String profile, byte[] content, List<PlannedFile> files) {
        String what = "eca:validate" + (profile.equals(Profile.DEFAULT_NAME) ? "" : " (profile " + profile + ")")
                + " would reject " + f.path() + ":" + f.line() + " with " + f.ruleId() + ": " + f.message();
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
        if (f.path().equals(SfdxProject.FILE_NAME)) {
            String key = lineMatch(JSON_KEY, lines, f.line(), false);
            String element = key == null ? null : PROJECT_ELEMENTS.get(key);
            return new ConfigProblem(null, element != null ? element : f.path(), what);
        }
        PlannedFile file = files.stream().filter(p -> p.relativePath().equals(f.path())).findFirst().orElse(null);
        if (file == null) { // the manifest
            return new ConfigProblem(null, "<apps>", what);
        }
        String app = file.type() == MetadataType.EXTERNAL_CLIENT_APPLICATION ? file.fullName()
                : ModelFields.text(ModelFields.get(file.model(), "externalClientApplication"));
        if (secret(f)) {
            return new ConfigProblem(app, "<app>", what + " (generate does not rewrite a file that holds a secret:"
                    + " remove it from the file, rotate it, and run again)");
        }
        String field = lineMatch(START_TAG, lines, f.line(), true);
        String setting = field == null ? null : file.settings().get(field);
        String origin = field == null ? null : file.managed().get(field);
        if (setting == null) {
            String name = field == null ? "the file" : "<" + field + ">";
            return new ConfigProblem(app, "<app>", what + " (" + name + " is not set by the configuration; fix or"
                    + " delete the file)");
        }
        if (origin != null && !origin.equals(setting)) {
            what += " (" + field + " comes from " + origin + "; set " + setting + " to override it)";
        }
        return new ConfigProblem(app, setting, what);
    }

    /** Group 1 of {@code p} on line {@code line} (1-based) or, going back, the nearest line where it matches. */
    private static String lineMatch(Pattern p, String[] lines, int line, boolean searchBack) {
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = p.matcher(lines[i]);
            if (m.find()) {
                return m.group(1);
            }
            if (!searchBack) {
                break;
            }
        }
        return null;
    }
}
