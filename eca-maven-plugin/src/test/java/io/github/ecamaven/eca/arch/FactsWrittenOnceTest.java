package io.github.ecamaven.eca.arch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.project.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The default folders, the rule ids and the credentials API version are written once in the main code: a second
 * spelling of one of them fails here, naming the file and line and the place to read it from.
 */
class FactsWrittenOnceTest {

    private static final Path ROOT = Paths.get("src/main/java/io/github/ecamaven/eca");

    /** A restated fact, the files allowed to hold it, and where to read it instead. */
    private record Fact(Pattern text, Set<String> allowedIn, String readFrom) {}

    private static final List<Fact> FACTS = List.of(
            new Fact(Pattern.compile("\"force-app[\"/]"), Set.of("project/ProjectPaths.java",
                    // the sfdx-project.json of the example project the rule catalogue shows
                    "validate/RuleExample.java", "validate/rules/Examples.java",
                    "validate/rules/PackageDirPathRule.java"),
                    "ProjectPaths.DEFAULT_PACKAGE_DIRECTORY"),
            new Fact(Pattern.compile("\"eca-org\""), Set.of("project/ProjectPaths.java"),
                    "ProjectPaths.DEFAULT_ORG_DIRECTORY"),
            new Fact(Pattern.compile("main/default"), Set.of(), "ProjectPaths.sourceFile or MetadataType.sourcePath"),
            new Fact(Pattern.compile("\"manifest(/package\\.xml)?\""), Set.of("project/ProjectPaths.java"),
                    "ProjectPaths.DEFAULT_MANIFEST"),
            new Fact(Pattern.compile("resolve\\(\"eca\"\\)|\"eca\"\\)|build\\.directory\\}/eca|\"eca/"),
                    Set.of("project/ProjectPaths.java"), "ProjectPaths.buildFolder or BUILD_FOLDER_PARAMETER"),
            new Fact(Pattern.compile("\"ECA-[A-Z]+-\\d{3}\""), Set.of(), "the rule class's ID constant"),
            new Fact(Pattern.compile("\"-meta\\.xml\""), Set.of(), "MetadataType.META_SUFFIX"),
            new Fact(Pattern.compile("\"default\"\\)"), Set.of(), "Profile.DEFAULT_NAME or SfdxProject.KEY_DEFAULT"),
            new Fact(Pattern.compile("\"(packageDirectories|sourceApiVersion|packageAliases|versionNumber|versionName)\""),
                    Set.of("project/SfdxProject.java", "validate/RuleExample.java", "validate/rules/Examples.java"),
                    "the SfdxProject.KEY_ constants"),
            new Fact(Pattern.compile("parseDouble|\"65\\.0\""), Set.of(), "ApiVersion"));

    @Test
    void eachFactHasOnePlace() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                String rel = ROOT.relativize(p).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/**") || line.startsWith("//")) {
                        continue;
                    }
                    for (Fact f : FACTS) {
                        boolean ruleIdConstant = rel.startsWith("validate/rules/")
                                && line.startsWith("public static final String ID = ");
                        if (f.text().matcher(line).find() && !f.allowedIn().contains(rel) && !ruleIdConstant) {
                            offenders.add(rel + ":" + (i + 1) + ": " + line + "  -> read " + f.readFrom());
                        }
                    }
                }
            }
        }
        assertThat(offenders).as("facts written a second time").isEmpty();
    }

    @Test
    void thePathsAreBuiltFromTheOnePlace() {
        assertThat(ProjectPaths.sourceFile("force-app", "settings", "ExternalClientApp.settings-meta.xml"))
                .isEqualTo("force-app/main/default/settings/ExternalClientApp.settings-meta.xml");
        assertThat(MetadataType.OAUTH_SETTINGS.sourcePath(Path.of("force-app"), "A_oauth"))
                .isEqualTo(Path.of("force-app", "main", "default", "extlClntAppOauthSettings",
                        "A_oauth.ecaOauth-meta.xml"));
        assertThat(ProjectPaths.buildFolder(Path.of("target"))).isEqualTo(Path.of("target", "eca"));
        assertThat(ProjectPaths.BUILD_FOLDER_PARAMETER).isEqualTo("${project.build.directory}/eca");
        assertThat(ProjectPaths.shownInBuildFolder("rotation.json")).isEqualTo("target/eca/rotation.json");
        assertThat(Map.of("package", ProjectPaths.DEFAULT_PACKAGE_DIRECTORY,
                "org", ProjectPaths.DEFAULT_ORG_DIRECTORY, "manifest", ProjectPaths.DEFAULT_MANIFEST))
                .containsEntry("package", "force-app")
                .containsEntry("org", "eca-org").containsEntry("manifest", "manifest/package.xml");
    }
}
