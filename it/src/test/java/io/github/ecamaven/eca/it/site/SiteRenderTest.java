package io.github.ecamaven.eca.it.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ecamaven.eca.validate.Rule;
import io.github.ecamaven.eca.validate.RuleCatalogue;
import io.github.ecamaven.eca.validate.RuleExample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens the staged documentation site in headless Chromium and checks that the landing page, a goal page and the rule
 * catalogue render with their key content; screenshots go to {@code it/target/site-screenshots/}. Also checks, without
 * a browser, that every goal of the plugin descriptor has its page with every parameter, and that no relative link in
 * the staged site is broken.
 *
 * <p>The site is rendered and staged in the {@code verify} phase of every module (root {@code pom.xml}), so when the
 * whole reactor runs ({@code ./mvnw verify}) it is complete under {@code target/staging} of the root before this
 * module's tests start. Skipped with {@code -Dmaven.site.skip=true}; the browser checks are skipped with a message when
 * no Chromium is installed ({@code apt-get install -y chromium}; {@code .ci/run} installs it).
 */
class SiteRenderTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path ROOT = BASEDIR.getParent();
    private static final Path STAGING = ROOT.resolve("target/staging");
    private static final Path PLUGIN_XML = ROOT.resolve("eca-maven-plugin/target/classes/META-INF/maven/plugin.xml");
    /** Where this module's (eca-it) own site is staged; it is staged after the tests of this module. */
    private static final Path OWN_SITE = STAGING.resolve("eca-it");
    private static final Path SHOTS = BASEDIR.resolve("target/site-screenshots");

    @BeforeAll
    static void siteIsStaged() throws IOException {
        Assumptions.assumeFalse(
                Boolean.getBoolean("maven.site.skip"), "site checks skipped: -Dmaven.site.skip=true");
        if (!Files.isRegularFile(STAGING.resolve("index.html"))) {
            fail("No staged site at " + STAGING + ". The site is built and staged in the verify phase of each module:"
                    + " run the whole reactor from the root (./mvnw verify, or ./mvnw site site:stage), or skip with"
                    + " -Dmaven.site.skip=true");
        }
        Files.createDirectories(SHOTS);
    }

    @Test
    void landingPageRendersTheQuickStart() throws Exception {
        String dom = browse(STAGING.resolve("index.html"), "landing.png");
        assertThat(dom)
                .contains("Salesforce External Client Apps as code")
                .contains("Quick start")
                .contains("&lt;preset&gt;nango&lt;/preset&gt;")
                .contains("mvn eca:validate")
                .contains("eca-maven-plugin/plugin-info.html")
                .contains("eca-maven-plugin/rules.html")
                .contains("eca-maven-plugin/usage-packaged.html");
        assertThat(dom).as("the POM snippet shows the current version").contains(projectVersion());
        assertThat(dom).as("Velocity was applied").doesNotContain("$h2").doesNotContain("${project.version}");
    }

    @Test
    void goalPageRendersItsParameters() throws Exception {
        String dom = browse(STAGING.resolve("eca-maven-plugin/help-mojo.html"), "goal-help.png");
        assertThat(dom)
                .contains("eca:help")
                .contains("io.github.ecamaven:eca-maven-plugin:" + projectVersion() + ":help")
                .contains("Optional Parameters")
                .contains("&lt;detail&gt;")
                .contains("User Property")
                .contains("Default");
    }

    /**
     * rules.html is generated from the rule classes: one section per rule, headed by the bare id and anchored with it,
     * every in-page link resolves, and the examples render as code (checked on ECA-CB-001's failing and fixed file).
     */
    @Test
    void ruleCatalogueRendersOneSectionPerRule() throws Exception {
        Path rules = STAGING.resolve("eca-maven-plugin/rules.html");
        assertThat(rules).as("rules.html generated from the rule classes (RuleCatalogue#main)").isRegularFile();
        String dom = browse(rules, "rules.png");
        assertThat(dom).contains("Rule catalogue").contains("eca:validate rules");
        List<String> expected = RuleCatalogue.rules().stream().map(Rule::id).toList();
        Matcher m = Pattern.compile("<h([2-4])[^>]*>\\s*(ECA-[A-Z0-9-]+)\\s*</h\\1>").matcher(dom);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(2));
        }
        assertThat(ids).as("one heading per rule whose text is the rule id, in catalogue order")
                .containsExactlyElementsOf(expected);
        for (String id : expected) {
            assertThat(dom).as("anchor of " + id).contains("id=\"" + id + "\"");
        }
        Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(dom);
        while (href.find()) {
            assertThat(dom).as("in-page link #" + href.group(1)).contains("id=\"" + href.group(1) + "\"");
        }

        RuleExample ex = RuleCatalogue.rule("ECA-CB-001").example();
        assertThat(dom).contains("Fails:").contains("Fixed:");
        List<String> code = new ArrayList<>();
        Matcher pre = Pattern.compile("(?s)<pre[^>]*>(.*?)</pre>").matcher(dom);
        while (pre.find()) {
            code.add(unescape(pre.group(1).replaceAll("<[^>]+>", "")).strip());
        }
        // a code block for every failing and fixed example that has content and is not a symbolic link
        long blocks = RuleCatalogue.rules().stream().map(Rule::example)
                .flatMap(e -> Stream.of(e.failing(), e.fixed()))
                .filter(c -> c != null && RuleExample.linkTarget(c) == null).count();
        assertThat(code).as("code blocks on the page").hasSizeGreaterThanOrEqualTo((int) blocks)
                .contains(ex.failing().strip(), ex.fixed().strip());
    }

    /** The customer-orgs page shows its picture of the three formations, and its table rendered from the code. */
    @Test
    void customerOrgsPageShowsTheFormationsPicture() throws Exception {
        Path page = STAGING.resolve("eca-maven-plugin/usage-customer-orgs.html");
        assertThat(page).as("usage-customer-orgs.html generated from its template (CustomerOrgsPage)").isRegularFile();
        assertThat(STAGING.resolve("eca-maven-plugin/images/org-formations.svg")).isRegularFile();
        String dom = browse(page, "customer-orgs.png");
        assertThat(dom).contains("Connect your customers' orgs", "src=\"images/org-formations.svg\"",
                "<code>linked</code>", "<code>independent</code>", "Cross-org OAuth flows are not supported");
        assertThat(dom).as("Velocity was applied").doesNotContain("$h2").doesNotContain("<!-- formations -->");
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Every goal in the plugin descriptor has a page listing each parameter with its user property. */
    @Test
    void everyGoalHasItsPageWithEveryParameter() throws Exception {
        Map<String, List<String[]>> goals = goals();
        assertThat(goals).as("goals in " + PLUGIN_XML).isNotEmpty();
        String info = read(STAGING.resolve("eca-maven-plugin/plugin-info.html"));
        for (Map.Entry<String, List<String[]>> goal : goals.entrySet()) {
            Path page = STAGING.resolve("eca-maven-plugin/" + goal.getKey() + "-mojo.html");
            assertThat(page).as("goal page of eca:" + goal.getKey()).isRegularFile();
            assertThat(info).as("plugin-info.html lists eca:" + goal.getKey()).contains(goal.getKey() + "-mojo.html");
            String html = read(page);
            for (String[] p : goal.getValue()) {
                assertThat(html).as("eca:" + goal.getKey() + " documents <" + p[0] + ">").contains("&lt;" + p[0] + "&gt;");
                if (p[1] != null) {
                    assertThat(html).as("eca:" + goal.getKey() + " shows the property of <" + p[0] + ">").contains(p[1]);
                }
            }
        }
    }

    /**
     * No relative link in the staged site points at a missing file. A link to the page of a goal that this build does
     * not have yet ({@code x-mojo.html} for a goal missing from plugin.xml) is only reported, so the pages can name goals
     * that are still being written.
     */
    @Test
    void noBrokenRelativeLinks() throws Exception {
        Map<String, List<String[]>> goals = goals();
        Pattern link = Pattern.compile("(?:href|src)=\"([^\"#?]*)[^\"]*\"");
        List<String> broken = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(STAGING)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            Matcher m = link.matcher(read(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.isEmpty() || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || target.startsWith("//")) {
                    continue;
                }
                Path resolved = page.getParent().resolve(target.replace("%20", " ")).normalize();
                if (Files.isDirectory(resolved)) {
                    resolved = resolved.resolve("index.html");
                }
                if (Files.exists(resolved)) {
                    continue;
                }
                String where = STAGING.relativize(page) + " -> " + target;
                Matcher goal = Pattern.compile("([a-z-]+)-mojo\\.html$").matcher(target);
                if (goal.find() && !goals.containsKey(goal.group(1))) {
                    pending.add(where);
                } else if (resolved.startsWith(OWN_SITE) && !Files.isDirectory(OWN_SITE)) {
                    // this module's own site is staged in its verify phase, after this test
                    continue;
                } else {
                    broken.add(where);
                }
            }
        }
        pending.stream().distinct().forEach(p -> System.out.println("[site] link to a goal this build does not have yet: " + p));
        assertThat(broken).as("broken relative links in " + STAGING).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** goal -> [parameter name, user property or null] for each editable parameter, from the plugin descriptor. */
    private static Map<String, List<String[]>> goals() throws Exception {
        assertThat(PLUGIN_XML).as("plugin descriptor (built before this module)").isRegularFile();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(PLUGIN_XML.toFile());
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        NodeList mojos = doc.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = child(mojo, "goal").getTextContent().trim();
            Element config = child(mojo, "configuration");
            List<String[]> params = new ArrayList<>();
            Element parameters = child(mojo, "parameters");
            if (parameters != null) {
                NodeList ps = parameters.getElementsByTagName("parameter");
                for (int j = 0; j < ps.getLength(); j++) {
                    Element p = (Element) ps.item(j);
                    if (!"true".equals(child(p, "editable").getTextContent().trim())) {
                        continue;
                    }
                    String name = child(p, "name").getTextContent().trim();
                    String property = null;
                    Element c = config == null ? null : child(config, name);
                    if (c != null) {
                        Matcher m = Pattern.compile("^\\$\\{([^}]+)}$").matcher(c.getTextContent().trim());
                        if (m.find()) {
                            property = m.group(1);
                        }
                    }
                    params.add(new String[] {name, property});
                }
            }
            out.put(goal, params);
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String projectVersion() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(PLUGIN_XML.toFile());
        return child(doc.getDocumentElement(), "version").getTextContent().trim();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Screenshot of the page into target/site-screenshots/{shot}, and the DOM after scripts ran. */
    private static String browse(Path page, String shot) throws Exception {
        String chromium = Chromium.find();
        Assumptions.assumeTrue(
                chromium != null,
                "headless Chromium not found (looked for -Deca.chromium, $CHROMIUM, chromium, chromium-browser,"
                        + " google-chrome on PATH): install it with `apt-get update && apt-get install -y chromium`;"
                        + " .ci/run does so in CI");
        String url = page.toUri().toString();
        Path png = SHOTS.resolve(shot);
        Files.deleteIfExists(png);
        Chromium.run(chromium, List.of("--screenshot=" + png, "--window-size=1280,2000", url), null);
        assertThat(png).as("screenshot of " + url).isRegularFile();
        assertThat(Files.size(png)).as("screenshot size").isGreaterThan(10_000L);
        Path dom = SHOTS.resolve(shot.replace(".png", ".dom.html"));
        Chromium.run(chromium, List.of("--dump-dom", url), dom);
        String html = read(dom);
        assertThat(html).as("DOM of " + url).contains("</html>");
        return html;
    }

    /** Runs Debian's chromium headless, each time with a fresh profile, and nothing that reaches the network. */
    static final class Chromium {

        static String find() {
            List<String> candidates = new ArrayList<>();
            if (System.getProperty("eca.chromium") != null) {
                candidates.add(System.getProperty("eca.chromium"));
            }
            if (System.getenv("CHROMIUM") != null) {
                candidates.add(System.getenv("CHROMIUM"));
            }
            String path = System.getenv().getOrDefault("PATH", "");
            for (String dir : path.split(java.io.File.pathSeparator)) {
                for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                    candidates.add(Path.of(dir, name).toString());
                }
            }
            return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst().orElse(null);
        }

        static void run(String chromium, List<String> args, Path stdout) throws Exception {
            Path profile = Files.createTempDirectory("eca-site-chromium");
            try {
                List<String> cmd = new ArrayList<>(List.of(
                        chromium,
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--hide-scrollbars",
                        "--user-data-dir=" + profile));
                cmd.addAll(args);
                Path log = Files.createTempFile("eca-site-chromium", ".log");
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
                pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                pb.redirectOutput(stdout != null ? ProcessBuilder.Redirect.to(stdout.toFile())
                        : ProcessBuilder.Redirect.DISCARD);
                Process p = pb.start();
                if (!p.waitFor(90, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    fail("chromium did not finish in 90 s: " + cmd + "\n" + Files.readString(log));
                }
                if (p.exitValue() != 0) {
                    fail("chromium exited " + p.exitValue() + ": " + cmd + "\n" + Files.readString(log));
                }
                Files.deleteIfExists(log);
            } finally {
                try (Stream<Path> s = Files.walk(profile)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }
}
