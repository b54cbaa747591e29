package io.github.ecamaven.eca.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin's packages import only downwards: each concern may use the ones listed for it and nothing above it, so
 * that the project's files, the rules and the goals' cores stay separable. The picture is the one the developing page
 * shows; a new direction is a decision to make there first, then here.
 */
class PackageDirectionsTest {

    private static final Set<String> BASE = Set.of("config", "log", "text", "failure");

    /** Concern (first package below {@code eca}) → the concerns it may import besides the base ones. */
    static final Map<String, Set<String>> MAY_IMPORT = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("config", Set.of()),
            Map.entry("log", Set.of()),
            Map.entry("failure", Set.of()),
            Map.entry("project", Set.of()),
            Map.entry("sf", Set.of()),
            Map.entry("validate", Set.of("project")),
            Map.entry("generate", Set.of("project", "validate")),
            Map.entry("drift", Set.of("project")),
            Map.entry("migrate", Set.of("project", "validate", "generate")),
            Map.entry("orgsync", Set.of("project", "sf", "drift", "generate")),
            Map.entry("packaging", Set.of("project", "sf")),
            Map.entry("credentials", Set.of("project", "sf")),
            Map.entry("doctor", Set.of("project", "sf", "validate", "drift", "credentials")),
            Map.entry("maven", Set.of("project", "sf", "validate", "generate", "drift", "migrate", "orgsync",
                    "packaging", "credentials", "doctor")));

    /**
     * The one import against the directions: a validation profile is named after the preset whose values it checks,
     * so {@code Profile.of(Preset)} reads the preset rather than restating it.
     */
    static final Set<String> EXCEPTIONS = Set.of("validate/Profile.java -> generate.Preset");

    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?io\\.github\\.ecamaven\\.eca\\.(\\w+)((?:\\.[a-z]\\w*)*)\\.([A-Z*]\\w*)", Pattern.MULTILINE);

    @Test
    void everyImportBetweenConcernsGoesADirectionTheMapAllows() throws IOException {
        Path root = Paths.get("src/main/java/io/github/ecamaven/eca");
        List<String> offenders = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> s = Files.walk(root)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).hasSizeGreaterThan(100);
        for (Path p : sources) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            String concern = rel.substring(0, rel.indexOf('/'));
            assertThat(MAY_IMPORT).as("a concern nobody placed in the picture: " + concern).containsKey(concern);
            Matcher m = IMPORT.matcher(Files.readString(p));
            while (m.find()) {
                String target = m.group(1);
                if (target.equals(concern) || target.equals("model") || BASE.contains(target)
                        || MAY_IMPORT.get(concern).contains(target)) {
                    continue;
                }
                String edge = rel + " -> " + target + m.group(2) + "." + m.group(3);
                if (!EXCEPTIONS.contains(edge)) {
                    offenders.add(edge);
                }
            }
        }
        assertThat(offenders).as("imports against the package directions").isEmpty();
    }

    @Test
    void theDirectionsHaveNoCycle() {
        for (String from : MAY_IMPORT.keySet()) {
            assertThat(reaches(from, from, new ArrayList<>())).as(from + " reaches itself").isFalse();
        }
    }

    private static boolean reaches(String start, String at, List<String> seen) {
        for (String next : MAY_IMPORT.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                return true;
            }
            if (!seen.contains(next)) {
                seen.add(next);
                if (reaches(start, next, seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
