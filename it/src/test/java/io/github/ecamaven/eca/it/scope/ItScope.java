package io.github.ecamaven.eca.it.scope;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What lets the invoker run ITs in parallel: every IT owns its sf HOME and the org aliases it names. Reads
 * it/pom.xml and every {@code src/it/<name>/} (invoker.properties, pom.xml, setup.groovy) and lists what two ITs
 * share or what points outside an IT's own folder.
 *
 * <ul>
 *   <li>HOME: it/pom.xml gives the forked builds a relative HOME, which each build (and each sf it starts) resolves
 *       in its own IT folder; an {@code invoker.environmentVariables.HOME} override must stay inside the IT folder.
 *       ItOrg logs sf in under the same {@code <IT>/sf-home}, so setup scripts pass no {@code sfHome}.</li>
 *   <li>Aliases: the {@code alias:} of {@code ItOrg.start} (required: the default would be shared) and every
 *       {@code eca.targetDevHub}, {@code eca.targetOrg} and {@code --target-org}/{@code --target-dev-hub} an IT
 *       names belong to that IT alone.</li>
 * </ul>
 */
public final class ItScope {

    private static final Pattern POM_HOME = Pattern.compile("<HOME>([^<]*)</HOME>");
    private static final Pattern START = Pattern.compile("ItOrg\\.start\\s*\\(");
    private static final Pattern SETUP_ALIAS = Pattern.compile("\\balias\\s*:\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern PROPERTY_ALIAS =
            Pattern.compile("-Deca\\.(?:targetDevHub|targetOrg)=(\"[^\"]*\"|\\S+)");
    private static final Pattern POM_PROPERTY_ALIAS =
            Pattern.compile("<eca\\.(?:targetDevHub|targetOrg)>([^<]+)</eca\\.(?:targetDevHub|targetOrg)>");
    private static final Pattern POM_ARGUMENT_ALIAS = Pattern.compile(
            "<argument>--target-(?:org|dev-hub)</argument>\\s*<argument>([^<]+)</argument>");

    private ItScope() {}

    /** The problems of the ITs under {@code projectsDirectory} run by {@code itPom}; empty when all is well. */
    public static List<String> problems(Path itPom, Path projectsDirectory) throws IOException {
        List<String> problems = new ArrayList<>();
        String pom = Files.readString(itPom, StandardCharsets.UTF_8);
        Matcher home = POM_HOME.matcher(pom);
        String defaultHome = home.find() ? home.group(1).strip() : null;
        if (defaultHome == null) {
            problems.add(itPom + ": the invoker gives the forked builds no HOME, so sf would use the developer's");
        } else if (!insideItFolder(defaultHome)) {
            problems.add(itPom + ": <HOME>" + defaultHome + "</HOME> is shared by every IT; use a relative folder"
                    + " such as sf-home, which each forked build resolves in its own IT folder");
        }
        Map<String, Set<String>> aliasOwners = new TreeMap<>();
        for (Path it : itFolders(projectsDirectory)) {
            String name = it.getFileName().toString();
            Properties props = properties(it.resolve("invoker.properties"));
            for (String key : props.stringPropertyNames()) {
                if (key.matches("invoker\\.environmentVariables\\.HOME(\\.\\d+)?")
                        && !insideItFolder(props.getProperty(key).strip())) {
                    problems.add(name + "/invoker.properties: " + key + " = " + props.getProperty(key)
                            + " leaves the IT's folder; give the IT a relative HOME such as sf-home");
                }
                if (key.matches("invoker\\.goals(\\.\\d+)?")) {
                    collect(PROPERTY_ALIAS.matcher(props.getProperty(key)), name, aliasOwners);
                }
            }
            Path setup = it.resolve("setup.groovy");
            if (Files.isRegularFile(setup)) {
                String script = Files.readString(setup, StandardCharsets.UTF_8);
                if (script.contains("sfHome")) {
                    problems.add(name + "/setup.groovy: passes sfHome; ItOrg logs in under the IT's own sf-home,"
                            + " the HOME of its forked build");
                }
                Matcher start = START.matcher(script);
                while (start.find()) {
                    int end = script.indexOf("])", start.end());
                    String call = script.substring(start.end(), end < 0 ? script.length() : end);
                    Matcher alias = SETUP_ALIAS.matcher(call);
                    if (alias.find()) {
                        owner(alias.group(1), name, aliasOwners);
                    } else {
                        problems.add(name + "/setup.groovy: ItOrg.start without alias: the default alias would be"
                                + " shared; give the IT its own, e.g. alias: 'it-" + name + "'");
                    }
                }
            }
            Path itPomFile = it.resolve("pom.xml");
            if (Files.isRegularFile(itPomFile)) {
                String text = Files.readString(itPomFile, StandardCharsets.UTF_8);
                collect(POM_PROPERTY_ALIAS.matcher(text), name, aliasOwners);
                collect(POM_ARGUMENT_ALIAS.matcher(text), name, aliasOwners);
            }
        }
        aliasOwners.forEach((alias, owners) -> {
            if (owners.size() > 1) {
                problems.add("alias '" + alias + "' is used by " + String.join(", ", owners)
                        + "; every IT names its own org aliases, so parallel ITs never log in over each other");
            }
        });
        return problems;
    }

    /** The IT folders: those with a pom.xml, as the invoker's pom include finds them. */
    public static List<Path> itFolders(Path projectsDirectory) throws IOException {
        try (Stream<Path> s = Files.list(projectsDirectory)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("pom.xml"))).sorted().toList();
        }
    }

    private static boolean insideItFolder(String path) {
        Path p = Path.of(path);
        return !path.isEmpty() && !p.isAbsolute() && !path.startsWith("~") && !path.contains("$")
                && !p.normalize().startsWith("..");
    }

    private static void collect(Matcher m, String it, Map<String, Set<String>> owners) {
        while (m.find()) {
            owner(m.group(1).replace("\"", ""), it, owners);
        }
    }

    private static void owner(String alias, String it, Map<String, Set<String>> owners) {
        owners.computeIfAbsent(alias, a -> new TreeSet<>()).add(it);
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }
}
