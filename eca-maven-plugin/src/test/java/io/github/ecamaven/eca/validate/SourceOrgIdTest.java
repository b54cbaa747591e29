package io.github.ecamaven.eca.validate;

import static io.github.ecamaven.eca.validate.TestProject.ECA;
import static io.github.ecamaven.eca.validate.TestProject.GLOBAL;
import static io.github.ecamaven.eca.validate.TestProject.OAUTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.validate.rules.OrgSpecificIdsRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ECA-SEC-003 against the source org the build names: a linked copy keeps its link, a link elsewhere is named. */
class SourceOrgIdTest {

    @TempDir
    Path dir;

    /** A linked copy (org 2 formation): header retrieved from org 2, the link to org 1's consumer, no global file. */
    private Path linkedCopy(String linkOrg) {
        return TestProject.clean().remove(GLOBAL)
                .edit(ECA, "    <label>Nango App</label>\n", "    <label>Nango App</label>\n"
                        + "    <orgScopedExternalApp>00D000000000002:Nango_App</orgScopedExternalApp>\n")
                .edit(OAUTH, "    <label>Nango_App_oauth</label>\n", "    <label>Nango_App_oauth</label>\n"
                        + "    <oauthLink>" + linkOrg + ":888000000000001</oauthLink>\n")
                .write(dir);
    }

    private List<Finding> findings(Path project, String sourceOrgId) throws Exception {
        return EcaValidator.validate(ValidationRequest.of(project).withSourceOrgId(sourceOrgId), EcaLog.NONE)
                .findings().stream().filter(f -> f.ruleId().equals(OrgSpecificIdsRule.ID)).toList();
    }

    @Test
    void aLinkedCopyPointingAtTheSourceOrgPassesAlsoBy18CharacterId() throws Exception {
        Path project = linkedCopy("00D000000000001");
        assertThat(findings(project, "00D000000000001AAA")).isEmpty();
        assertThat(findings(project, null)).isEmpty(); // nothing to compare with: the project holds no global file
    }

    @Test
    void aLinkIntoAnotherOrgThanTheDeclaredSourceIsNamedWithTheParameter() throws Exception {
        List<Finding> found = findings(linkedCopy("00D000000000003"), "00D000000000001");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .contains("org 00D000000000003", "is 00D000000000001", PropertyNames.SOURCE_ORG_ID));
    }

    @Test
    void aSourceOrgIdThatIsNoOrgIdIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> findings(dir, "0Ho000000000001")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(PropertyNames.SOURCE_ORG_ID).hasMessageContaining("is not an org id");
    }
}
