package io.github.ecamaven.eca.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page "When the connection fails": a section per error family with the output of a real doctor run. */
class UsageConnectionFailsPageTest {

    private static final Path TEMPLATE = Path.of("src/site-templates/usage-connection-fails.md.vm");

    /** The check line each family's scenario must show. */
    private static final Map<ErrorFamily, String> EXPLAINED_BY = Map.of(
            ErrorFamily.CROSS_ORG, "✗ org.local-same-org",
            ErrorFamily.APP_NOT_INSTALLED, "✗ org.app-present",
            ErrorFamily.REDIRECT_URI_MISMATCH, "✗ nango.callback-registered",
            ErrorFamily.INVALID_CLIENT_ID, "✗ nango.client-id-matches",
            ErrorFamily.MISSING_CODE_CHALLENGE, "✓ nango.pkce-consistent",
            ErrorFamily.INVALID_CODE_VERIFIER, "✗ nango.pkce-consistent",
            ErrorFamily.INVALID_GRANT, "✗ timing.propagation",
            ErrorFamily.USER_NOT_APPROVED, "✗ org.settings-match",
            ErrorFamily.NOT_ADMIN_APPROVED, "✗ org.settings-match",
            ErrorFamily.EXECUTION_USER, "✗ org.app-present");

    @TempDir
    Path scratch;

    @Test
    void everyFamilyHasASectionWithTheDoctorOutputThatExplainsIt() throws Exception {
        String page = UsageConnectionFailsPage.render(Files.readString(TEMPLATE), scratch);
        assertThat(page).doesNotContain(UsageConnectionFailsPage.MARKER).doesNotContain(scratch.toString());
        for (ErrorFamily f : ErrorFamily.values()) {
            int start = page.indexOf("$h2 " + f.title() + "\n");
            assertThat(start).as(f + " has a section").isPositive();
            int end = page.indexOf("$h2 ", start + 4);
            String section = page.substring(start, end < 0 ? page.length() : end);
            assertThat(section).as(f.name()).contains(EXPLAINED_BY.get(f)).contains("faq.html#" + f.faqAnchor());
            // the checks of the family's first cause come first
            String firstCheck = section.lines().map(l -> l.replaceFirst("^\\[[A-Z]+\\] ", ""))
                    .filter(l -> l.matches("^[✓✗?] [a-z]+\\..*")).findFirst().orElseThrow();
            assertThat(f.causes().get(0).checkIds()).as(f.name()).contains(firstCheck.substring(2,
                    firstCheck.indexOf(':')));
        }
        assertThat(page).doesNotContain(UsageConnectionFailsPage.KEY).doesNotContain(UsageConnectionFailsPage.OTHER_KEY)
                .doesNotContain(UsageConnectionFailsPage.SECRET).doesNotContain("page-nango-api-key");
    }
}
