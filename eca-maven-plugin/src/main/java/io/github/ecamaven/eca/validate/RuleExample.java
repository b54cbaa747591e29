package io.github.ecamaven.eca.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rule's example for the catalogue: one file as it fails the rule and as it passes. {@code RuleExamplesTest} writes
 * each into a minimal sfdx project ({@link #MINIMAL_PROJECT} as sfdx-project.json unless the example brings its own,
 * plus the companions) and checks that the rule fires on the failing file and not on the fixed one, so the catalogue
 * never shows an example that does not behave as shown.
 *
 * @param failingFile project-relative path of the failing file
 * @param failing the failing file's content; null for "the file is missing"
 * @param fixedFile project-relative path of the fixed file (differs from {@code failingFile} when the fix is a move)
 * @param fixed the fixed file's content; null for "the file is deleted"
 * @param companions other files the rule needs to see (path to content), the same for both
 * @param profile the validation profile the example is checked with
 * @param note one sentence of context for the reader, or null
 */
public record RuleExample(String failingFile, String failing, String fixedFile, String fixed,
        Map<String, String> companions, Profile profile, String note) {

    /** The sfdx-project.json of the minimal project an example is checked in. */
    public static final String MINIMAL_PROJECT = """
            {
              "packageDirectories": [
                {
                  "path": "force-app",
                  "default": true
                }
              ],
              "name": "my-app",
              "sourceApiVersion": "64.0"
            }
            """;

    public RuleExample {
        Objects.requireNonNull(failingFile, "failingFile");
        Objects.requireNonNull(fixedFile, "fixedFile");
        if (failing == null && fixed == null) {
            throw new IllegalArgumentException("an example needs a failing or a fixed file");
        }
        companions = Collections.unmodifiableMap(new LinkedHashMap<>(companions));
        profile = profile == null ? Profile.DEFAULT : profile;
    }

    /** {@code file} as it fails the rule and as it passes. */
    public static RuleExample of(String file, String failing, String fixed) {
        return new RuleExample(file, failing, file, fixed, Map.of(), Profile.DEFAULT, null);
    }

    /** The same content at a wrong path and at the right one. */
    public static RuleExample moved(String failingFile, String fixedFile, String content) {
        return new RuleExample(failingFile, content, fixedFile, content, Map.of(), Profile.DEFAULT, null);
    }

    /** This example with one more companion file. */
    public RuleExample with(String path, String content) {
        Map<String, String> c = new LinkedHashMap<>(companions);
        c.put(path, content);
        return new RuleExample(failingFile, failing, fixedFile, fixed, c, profile, note);
    }

    public RuleExample withProfile(Profile p) {
        return new RuleExample(failingFile, failing, fixedFile, fixed, companions, p, note);
    }

    public RuleExample withNote(String text) {
        return new RuleExample(failingFile, failing, fixedFile, fixed, companions, profile, text);
    }

    /** Content that stands for "this path is a symbolic link to {@code target}" in an example. */
    public static String link(String target) {
        return LINK + target + "\n";
    }

    /** The target of a {@link #link} content, or null for ordinary content. */
    public static String linkTarget(String content) {
        return content != null && content.startsWith(LINK) ? content.substring(LINK.length()).strip() : null;
    }

    private static final String LINK = "symbolic link to ";

    /** The fence language of a file: {@code json} or {@code xml}. */
    public static String language(String path) {
        return path.endsWith(".json") ? "json" : "xml";
    }
}
