package io.github.ecamaven.eca.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every error family has a FAQ entry, causes of one line, and checks eca:doctor runs. */
class ErrorFamilyTest {

    /** The ids of eca:doctor's checks, stable (doctor.json and the site name them). */
    private static final List<String> CHECK_IDS = List.of("project.valid", "org.app-present", "org.local-same-org",
            "org.link-to-source", "org.settings-match", "nango.integration-exists", "nango.provider-fits-org",
            "nango.client-id-matches", "nango.scopes-granted", "nango.callback-registered", "nango.pkce-consistent",
            "timing.propagation");

    @Test
    void theCheckIdsAreTheStableOnesDoctorJsonNames() {
        assertThat(java.util.Arrays.stream(DoctorCheck.values()).map(DoctorCheck::id)).containsExactlyElementsOf(
                CHECK_IDS);
    }

    @Test
    void everyCauseIsOneLineWithChecksOfDoctor() {
        for (ErrorFamily f : ErrorFamily.values()) {
            assertThat(f.title()).as(f.name()).isNotBlank();
            assertThat(f.causes()).as(f.name()).isNotEmpty();
            assertThat(f.checkIds()).as(f.name() + ": checks that confirm or rule out its causes").isNotEmpty()
                    .allMatch(id -> DoctorCheck.byId(id).isPresent());
            for (ErrorFamily.Cause c : f.causes()) {
                assertThat(c.text()).as(f.name()).doesNotContain("\n").doesNotEndWith(".")
                        .matches("[a-z].*");
                assertThat(c.checkIds()).as(f.name() + ": " + c.text())
                        .allMatch(id -> DoctorCheck.byId(id).isPresent());
            }
        }
    }

    @Test
    void everyFamilyHasItsFaqEntry() throws Exception {
        String faq = Files.readString(Path.of("src/site/markdown/faq.md.vm"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<a (?:name|id)=\"([^\"]+)\"").matcher(faq);
        List<String> anchors = m.results().map(r -> r.group(1)).toList();
        for (ErrorFamily f : ErrorFamily.values()) {
            assertThat(anchors).as(f.name()).contains(f.faqAnchor());
        }
        assertThat(anchors).as("anchors are unique").doesNotHaveDuplicates();
        List<String> links = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(faq).results().map(r -> r.group(1)).toList();
        assertThat(links).hasSizeGreaterThan(ErrorFamily.values().length);
        assertThat(anchors).as("every link within the page has its anchor").containsAll(links);
    }
}
