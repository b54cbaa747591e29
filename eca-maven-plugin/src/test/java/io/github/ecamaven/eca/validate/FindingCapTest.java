package io.github.ecamaven.eca.validate;

import static io.github.ecamaven.eca.validate.TestProject.ECA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings beyond the cap of a rule are one summary, on the console and in every report; the verdict counts all. */
class FindingCapTest {

    @TempDir
    Path dir;

    private static Finding finding(String rule, Severity s, int line) {
        return new Finding(rule, s, "force-app/a.xml", line, 5, "message " + line);
    }

    @Test
    void findingsBeyondTheCapOfARuleBecomeOneSummaryAtTheFirstLeftOut() {
        List<Finding> all = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            all.add(finding("ECA-A-001", i == 9 ? Severity.ERROR : Severity.WARNING, i));
            all.add(finding("ECA-B-001", Severity.INFO, i));
        }
        all.add(finding("ECA-C-001", Severity.ERROR, 20));
        List<Finding> capped = FindingCap.cap(all, 3);
        assertThat(capped).hasSize(3 + 3 + 1 + 2);
        assertThat(capped.subList(0, 7)).allMatch(all::contains);
        Finding summaryA = capped.get(7);
        assertThat(summaryA.toConsoleLine()).isEqualTo("force-app/a.xml:4:5: ERROR [ECA-A-001] … and 7 more"
                + " findings of ECA-A-001, the first of them here (eca:validate shows 3 per rule, see"
                + " <maxFindingsPerRule> (eca.validate.maxFindingsPerRule); the build's verdict and the baseline"
                + " count every finding)");
        assertThat(capped.get(8).ruleId()).isEqualTo("ECA-B-001");
        assertThat(capped.get(8).severity()).isEqualTo(Severity.INFO);
        assertThat(FindingCap.cap(all, 10)).isSameAs(all);
    }

    @Test
    void aSummaryIsFreshOnlyWhenAFindingItStandsForIs() {
        List<Finding> all = IntStream.rangeClosed(1, 6).mapToObj(i -> finding("ECA-A-001", Severity.ERROR, i))
                .toList();
        FindingCap.Capped allBaselined = FindingCap.cap(all, List.of(), 2);
        assertThat(allBaselined.findings()).hasSize(3);
        assertThat(allBaselined.fresh()).isEmpty();
        FindingCap.Capped oneNew = FindingCap.cap(all, List.of(all.get(0), all.get(5)), 2);
        assertThat(oneNew.fresh()).containsExactly(all.get(0), oneNew.findings().get(2));
    }

    @Test
    void aCapBelowOneIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ValidationRequest.of(dir).withMaxFindingsPerRule(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("<maxFindingsPerRule> (eca.validate.maxFindingsPerRule) is 0; set it to 1 or more"
                        + " (default 1000): the findings of a rule beyond it are summarised in one line");
    }

    @Test
    void ninetyThousandFindingsGiveReportsOfAThousandPerRuleAndOneSummary() throws Exception {
        // 90,000 unknown elements: uncapped, these gave 90,002 console lines and 117.7 MB of reports
        String many = IntStream.range(0, 90_000).mapToObj(i -> "    <bogus>x</bogus>\n").collect(Collectors.joining());
        Path p = TestProject.clean().edit(ECA, "<isProtected>", many + "    <isProtected>").write(dir.resolve("p"));
        Path reports = p.resolve("target/eca");
        Path baseline = p.resolve("eca-validate-baseline.txt");
        RecordingLog log = new RecordingLog();

        ValidationResult r = EcaValidator.validate(ValidationRequest.of(p).withReportDir(reports), log);

        assertThat(r.findings()).hasSize(90_000); // the verdict counts every finding
        String rule = r.findings().get(0).ruleId();
        assertThat(r.failing()).hasSize(90_000);
        List<String> findingLines = log.lines.stream().filter(l -> l.contains("[" + rule + "]")).toList();
        assertThat(findingLines).hasSize(1_001);
        assertThat(findingLines.get(1_000)).contains("… and 89,000 more findings of " + rule);
        assertThat(log.lines).anyMatch(l -> l.contains("90000 error(s)"));
        String sarif = Files.readString(reports.resolve(EcaValidator.SARIF));
        assertThat(sarif.split("\"ruleId\"", -1)).hasSize(1_001 + 1);
        assertThat(sarif).contains("… and 89,000 more findings of " + rule);
        assertThat(Files.readString(reports.resolve(EcaValidator.CHECKSTYLE)).split("<error ", -1)).hasSize(1_002);
        assertThat(Files.readString(reports.resolve(EcaValidator.JUNIT)).split("classname=\"" + rule + "\"", -1))
                .hasSize(1_001 + 1);
        long bytes = 0;
        for (String f : List.of(EcaValidator.SARIF, EcaValidator.CHECKSTYLE, EcaValidator.JUNIT)) {
            bytes += Files.size(reports.resolve(f));
        }
        assertThat(bytes).as("the three reports").isLessThan(3_000_000); // 1.4 MB with the default cap

        // the baseline records every finding, so that none of the 89,000 left out is new next time
        EcaValidator.validate(ValidationRequest.of(p).withBaseline(baseline, true), EcaLog.NONE);
        assertThat(Files.readAllLines(baseline)).hasSize(1 + 90_000);
        ValidationResult again = EcaValidator.validate(ValidationRequest.of(p).withBaseline(baseline, false)
                .withMaxFindingsPerRule(5), EcaLog.NONE);
        assertThat(again.failed()).isFalse();
    }
}
