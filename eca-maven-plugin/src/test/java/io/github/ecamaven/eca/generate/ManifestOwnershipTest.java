package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.manifest.PackageManifest;
import io.github.ecamaven.eca.model.manifest.PackageTypeMembers;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate edits a project's manifest member by member and never takes what it did not write. */
class ManifestOwnershipTest {

    private static final String MANIFEST = "manifest/package.xml";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog(false);

    private GenerateResult generate(String manifest, boolean check, EcaApp... apps) throws Exception {
        GenerateRequest r = new GenerateRequest(project, project, "force-app", "eca-org", manifest, "66.0", null,
                null, "nango-app", null, null, List.of(apps), check);
        return new EcaGenerator(log).rememberingIn(project.resolve("target/eca/generated-values.properties"))
                .generate(r);
    }

    /** 72 foreign types with 1,355 members in all, a wildcard, another team's ECA and comments. */
    private Map<String, List<String>> writeForeignManifest() throws Exception {
        Map<String, List<String>> foreign = new LinkedHashMap<>();
        int members = 0;
        for (int t = 0; t < 72; t++) {
            List<String> m = new ArrayList<>();
            int count = t == 71 ? 1355 - members : 19;
            for (int i = 0; i < count; i++) {
                m.add(String.format("Component_%02d_%03d", t, i));
            }
            members += m.size();
            foreign.put(String.format("ForeignType%02d", t), m);
        }
        foreign.put("CustomObject", List.of("*"));
        foreign.put("ExternalClientApplication", List.of("Other_Teams_App"));
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n    <!-- hand-kept: do not sort -->\n");
        foreign.forEach((type, list) -> {
            b.append("    <types>\n");
            list.forEach(m -> b.append("        <members>").append(m).append("</members>\n"));
            b.append("        <name>").append(type).append("</name>\n    </types>\n");
        });
        b.append("    <version>62.0</version>\n</Package>\n");
        Files.createDirectories(project.resolve("manifest"));
        Files.writeString(project.resolve(MANIFEST), b, StandardCharsets.UTF_8);
        return foreign;
    }

    private PackageManifest manifest() throws Exception {
        return MetadataXml.read(project.resolve(MANIFEST), PackageManifest.class).model();
    }

    @Test
    void addingAnAppKeepsEveryForeignTypeMemberCommentAndTheOrder() throws Exception {
        Map<String, List<String>> foreign = writeForeignManifest();

        generate(MANIFEST, false, nango());

        PackageManifest m = manifest();
        foreign.forEach((type, members) -> assertThat(m.membersOf(type)).as(type).containsAll(members));
        assertThat(foreign.values().stream().mapToInt(List::size).sum()).isEqualTo(1355 + 2);
        assertThat(m.membersOf("ExternalClientApplication")).containsExactly("Nango_Integration", "Other_Teams_App");
        assertThat(m.membersOf("ExtlClntAppOauthSettings")).containsExactly("Nango_Integration_oauth");
        List<String> order = m.getTypes().stream().map(PackageTypeMembers::getName)
                .filter(foreign::containsKey).toList();
        assertThat(order).containsExactlyElementsOf(foreign.keySet());
        assertThat(read(project, MANIFEST)).contains("<!-- hand-kept: do not sort -->")
                .contains("<version>62.0</version>"); // the project's version: it lists more than the apps
    }

    @Test
    void anAppRemovedFromThePomLeavesTheManifestButNothingElseDoes() throws Exception {
        Map<String, List<String>> foreign = writeForeignManifest();
        EcaApp second = nango();
        second.setName("Second_App");
        generate(MANIFEST, false, nango(), second);
        assertThat(manifest().membersOf("ExternalClientApplication"))
                .containsExactly("Nango_Integration", "Other_Teams_App", "Second_App");

        generate(MANIFEST, false, nango());

        PackageManifest m = manifest();
        assertThat(m.membersOf("ExternalClientApplication")).containsExactly("Nango_Integration", "Other_Teams_App");
        assertThat(m.membersOf("ExtlClntAppOauthSettings")).containsExactly("Nango_Integration_oauth");
        foreign.forEach((type, members) -> assertThat(m.membersOf(type)).as(type).containsAll(members));
        assertThat(log.messages("INFO")).anyMatch(l -> l.contains("members removed")
                && l.contains("ExternalClientApplication:Second_App") && l.contains("no <app> configures them"));
    }

    @Test
    void aMemberListedByHandIsNeverRemovedEvenOfAnEcaType() throws Exception {
        generate(MANIFEST, false, nango());
        String text = read(project, MANIFEST).replace("<members>Nango_Integration</members>",
                "<members>Nango_Integration</members>\n        <members>Listed_By_Hand</members>");
        Files.writeString(project.resolve(MANIFEST), text, StandardCharsets.UTF_8);

        generate(MANIFEST, false, nango());

        assertThat(manifest().membersOf("ExternalClientApplication")).contains("Listed_By_Hand");
    }

    @Test
    void checkModeRemembersNothing() throws Exception {
        writeForeignManifest();
        EcaApp second = nango();
        second.setName("Second_App");
        generate(MANIFEST, true, nango(), second); // check only: nothing owned
        generate(MANIFEST, false, nango());
        // Second_App was never written, so it is not generate's to remove (and it is not there)
        assertThat(manifest().membersOf("ExternalClientApplication"))
                .containsExactly("Nango_Integration", "Other_Teams_App");
    }

    @Test
    void aManifestThatListsOnlyTheAppsFollowsApiVersion() throws Exception {
        generate(MANIFEST, false, nango());
        assertThat(read(project, MANIFEST)).contains("<version>66.0</version>");
    }

    @Test
    void theDestructiveChangesDeleteListAPomOrSfdxProjectAreRefusedBeforeAnythingIsWritten() throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion></project>\n");
        Files.writeString(project.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],\"sourceApiVersion\":\"66.0\"}\n");
        Files.createDirectories(project.resolve("manifest"));
        Files.writeString(project.resolve("manifest/destructiveChanges.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">"
                        + "<types><members>Old</members><name>ApexClass</name></types><version>62.0</version></Package>\n");
        Map<String, String> before = snapshot();
        for (String[] c : List.of(new String[] {"pom.xml", "its root element is <project>"},
                new String[] {"sfdx-project.json", "is not a package.xml manifest"},
                new String[] {"manifest/destructiveChanges.xml", "lists components to delete"},
                new String[] {"manifest", "is not a file"})) {
            assertThatThrownBy(() -> generate(c[0], false, nango())).as(c[0])
                    .isInstanceOf(GenerateConfigException.class)
                    .hasMessageContaining(c[1]).hasMessageContaining("<manifest>")
                    .hasMessageNotContaining("delete it");
            assertThat(snapshot()).as(c[0]).isEqualTo(before);
        }
    }

    @Test
    void aBrokenManifestIsToBeRepairedNotDeleted() throws Exception {
        writeForeignManifest();
        Files.writeString(project.resolve(MANIFEST), read(project, MANIFEST).replace("</Package>", ""));
        assertThatThrownBy(() -> generate(MANIFEST, false, nango())).isInstanceOf(GenerateConfigException.class)
                .hasMessageContaining("repair").hasMessageNotContaining("delete it");
    }

    private Map<String, String> snapshot() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(project)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put(project.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
