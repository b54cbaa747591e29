package io.github.ecamaven.eca.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {

    @TempDir
    Path project;

    private Path apps;
    private final Migrator migrator = new Migrator(EcaLog.NONE, new SchemaOutputCheck());

    @BeforeEach
    void project() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],\"sourceApiVersion\":\"66.0\"}");
        apps = Files.createDirectories(project.resolve("force-app/main/default/connectedApps"));
        Files.writeString(apps.resolve("Order_Sync.connectedApp-meta.xml"), Fixtures.oauthApp(
                "        <consumerSecret>TOPSECRET123</consumerSecret>\n", "",
                "    <permissionSetName>Order Sync Access</permissionSetName>\n"));
        Path ps = Files.createDirectories(project.resolve("force-app/main/default/permissionsets"));
        Files.writeString(ps.resolve("Order_Sync_Access.permissionset-meta.xml"), "<?xml version=\"1.0\"?>\n"
                + "<PermissionSet xmlns=\"http://soap.sforce.com/2006/04/metadata\"><label>Order Sync Access</label>"
                + "</PermissionSet>\n");
        Path manifest = Files.createDirectories(project.resolve("manifest"));
        Files.writeString(manifest.resolve("package.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n    <types>\n"
                + "        <members>Order_Sync</members>\n        <name>ConnectedApp</name>\n    </types>\n"
                + "    <version>66.0</version>\n</Package>\n");
    }

    private void addPackaged() throws Exception {
        Files.writeString(apps.resolve("Sync.connectedApp-meta.xml"), Fixtures.app(
                "    <developerName>acme__Sync</developerName>\n    <label>Sync</label>\n    <version>2</version>\n"));
    }

    private Path eca(String rel) {
        return project.resolve("force-app/main/default").resolve(rel);
    }

    private long ecaFiles() throws Exception {
        try (Stream<Path> s = Files.walk(project.resolve("force-app"))) {
            return s.filter(p -> p.getFileName().toString().contains(".eca")).count();
        }
    }

    @Test
    void oneRefusedAppStopsEverything() throws Exception {
        addPackaged();
        MigrateRequest req = MigrateRequest.of(project).withConfirm(true);
        assertThatThrownBy(() -> migrator.run(req)).isInstanceOf(MigrationException.class)
                .hasMessageContaining("[E1]").hasMessageContaining("Sync").hasMessageContaining("nothing was written");
        assertThat(ecaFiles()).isZero();
        assertThat(project.resolve("target/eca/migrate-Sync.md")).content().contains("REFUSE");
    }

    @Test
    void selectingTheEligibleAppWritesFilesReportAndManifest() throws Exception {
        addPackaged();
        List<Migrator.AppResult> r = migrator.run(MigrateRequest.of(project).withConfirm(true)
                .withApps(List.of("Order_Sync")).withEmitPom(true));
        assertThat(r).hasSize(1);
        assertThat(eca("externalClientApps/Order_Sync.eca-meta.xml")).exists();
        assertThat(eca("extlClntAppGlobalOauthSets/Order_Sync_glbloauth.ecaGlblOauth-meta.xml")).content()
                .contains("<isPkceRequired>false</isPkceRequired>").doesNotContain("TOPSECRET123");
        assertThat(eca("extlClntAppOauthPolicies/Order_Sync_oauthPlcy.ecaOauthPlcy-meta.xml")).content()
                .contains("<commaSeparatedPermissionSet>Order_Sync_Access</commaSeparatedPermissionSet>");
        assertThat(eca("extlClntAppOauthSettings/Order_Sync_oauth.ecaOauth-meta.xml")).exists();
        assertThat(eca("extlClntAppPolicies/Order_Sync_plcy.ecaPlcy-meta.xml")).exists();
        assertThat(project.resolve("manifest/package.xml")).content()
                .contains("<name>ExternalClientApplication</name>").contains("<members>Order_Sync_glbloauth</members>")
                .contains("<name>ConnectedApp</name>");
        assertThat(apps.resolve("Order_Sync.connectedApp-meta.xml")).exists();
        String report = Files.readString(project.resolve("target/eca/migrate-Order_Sync.md"));
        assertThat(report).contains("| oauthPolicy.ipRelaxation | OP.ipRelaxationPolicyType | Enforce |")
                .contains(".forceignore").contains("<pkceRequired>false</pkceRequired>").doesNotContain("TOPSECRET");
    }

    @Test
    void withoutConfirmationNothingIsWritten() throws Exception {
        assertThatThrownBy(() -> migrator.run(MigrateRequest.of(project))).isInstanceOf(MigrationException.class)
                .hasMessageContaining("eca.migrate.confirm=true");
        assertThat(ecaFiles()).isZero();
    }

    @Test
    void dryRunOnlyReports() throws Exception {
        migrator.run(MigrateRequest.of(project).withDryRun(true));
        assertThat(ecaFiles()).isZero();
        assertThat(project.resolve("target/eca/migrate-Order_Sync.md")).exists();
    }

    @Test
    void aDryRunReportsARefusedAppAndSucceedsUnlessAskedToFail() throws Exception {
        addPackaged();
        RecordingLog log = new RecordingLog();
        List<Migrator.AppResult> r = new Migrator(log, new SchemaOutputCheck()).run(MigrateRequest.of(project)
                .withDryRun(true));
        assertThat(r).extracting(a -> a.verdict().outcome())
                .containsExactly(Verdict.Outcome.CONVERT, Verdict.Outcome.REFUSE);
        assertThat(log.lines).anySatisfy(l -> assertThat(l).startsWith("[WARN] eca:migrate: 1 of 2 Connected App(s) refused")
                .contains("(Sync)").contains("eca.migrate.failOnRefused=true"));
        assertThat(ecaFiles()).isZero();
        MigrateRequest failing = MigrateRequest.of(project).withDryRun(true).withFailOnRefused(true);
        assertThatThrownBy(() -> migrator.run(failing)).isInstanceOf(MigrationException.class)
                .hasMessageContaining("[E1]").hasMessageStartingWith("1 of 2 Connected App(s) refused");
        assertThat(ecaFiles()).isZero();
    }

    @Test
    void theConsoleHasOneLinePerAppNamingItsReportAndNoMarkdown() throws Exception {
        addPackaged();
        RecordingLog log = new RecordingLog();
        new Migrator(log, new SchemaOutputCheck()).run(MigrateRequest.of(project).withDryRun(true));
        List<String> perApp = log.lines.stream().filter(l -> l.contains("(report: target/eca/migrate-")).toList();
        assertThat(perApp).containsExactly(
                "[INFO] Order_Sync: converts into 5 ECA file(s) (report: target/eca/migrate-Order_Sync.md)",
                perApp.get(1));
        assertThat(perApp.get(1)).startsWith("[ERROR] Sync refused: [E1] ").endsWith("(report: target/eca/migrate-Sync.md)");
        assertThat(log.lines).noneMatch(l -> l.contains("# eca:migrate") || l.contains("| ") || l.contains("\n"));
        assertThat(log.lines).hasSizeLessThanOrEqualTo(5);
        assertThat(project.resolve("target/eca/migrate-Order_Sync.md")).content().contains("## Mapping");
    }

    @Test
    void emitPomPrintsOneAppsBlockForAllApps() throws Exception {
        Files.writeString(apps.resolve("Billing.connectedApp-meta.xml"), Fixtures.oauthApp("", "", "")
                .replace("Order Sync", "Billing"));
        RecordingLog log = new RecordingLog();
        new Migrator(log, new SchemaOutputCheck()).run(MigrateRequest.of(project).withDryRun(true).withEmitPom(true));
        String all = String.join("\n", log.lines);
        assertThat(all.split("<apps>", -1)).as("one <apps> block").hasSize(2);
        assertThat(all).contains("<name>Billing</name>").contains("<name>Order_Sync</name>");
        String block = all.substring(all.indexOf("<apps>"), all.indexOf("</apps>") + "</apps>".length());
        assertThat(block.split("<app>", -1)).as("one <app> per app").hasSize(3);
    }

    @Test
    void existingFilesAreNotOverwrittenWithoutOptIn() throws Exception {
        Path existing = eca("externalClientApps/Order_Sync.eca-meta.xml");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "keep me");
        assertThatThrownBy(() -> migrator.run(MigrateRequest.of(project).withConfirm(true)))
                .hasMessageContaining("overwrite");
        assertThat(existing).hasContent("keep me");
        assertThat(ecaFiles()).isEqualTo(1);
        migrator.run(MigrateRequest.of(project).withConfirm(true).withOverwrite(true));
        assertThat(existing).content().contains("<ExternalClientApplication");
    }

    @Test
    void removeSourceDeletesTheFileAndItsManifestEntry() throws Exception {
        migrator.run(MigrateRequest.of(project).withConfirm(true).withRemoveSource(true));
        assertThat(apps.resolve("Order_Sync.connectedApp-meta.xml")).doesNotExist();
        assertThat(project.resolve("manifest/package.xml")).content().doesNotContain("ConnectedApp")
                .contains("<members>Order_Sync_plcy</members>");
    }

    @Test
    void unknownAppNamesAreAnError() {
        assertThatThrownBy(() -> migrator.run(MigrateRequest.of(project).withApps(List.of("Nope"))))
                .hasMessageContaining("Nope").hasMessageContaining("Order_Sync");
    }
}
