package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** eca:migrate's glue: a dry run with a refused app reports and succeeds; failOnRefused makes it fail. */
@ExtendWith(GoalExtension.class)
class MigrateMojoTest {

    /** A project whose one Connected App comes from an installed package (refused, rule E1). */
    private static void packagedConnectedApp(Path dir) throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],\"sourceApiVersion\":\"66.0\"}");
        Path apps = Files.createDirectories(dir.resolve("force-app/main/default/connectedApps"));
        Files.writeString(apps.resolve("acme__Sync.connectedApp-meta.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                    <developerName>acme__Sync</developerName>
                    <label>Sync</label>
                    <version>2</version>
                </ConnectedApp>
                """);
    }

    @Test
    void aDryRunWithARefusedAppSucceeds(Goals goals) throws Exception {
        packagedConnectedApp(goals.dir());
        Mojo mojo = goals.property(PropertyNames.MIGRATE_DRY_RUN, "true").goal("migrate");
        mojo.execute();
        assertThat(goals.log().lines).anySatisfy(l -> assertThat(l).startsWith("[ERROR] acme__Sync refused: [E1]")
                .endsWith("(report: target/eca/migrate-acme__Sync.md)"));
        assertThat(goals.dir().resolve("target/eca/migrate-acme__Sync.md")).content().contains("REFUSE");
    }

    @Test
    void failOnRefusedFailsTheDryRun(Goals goals) throws Exception {
        packagedConnectedApp(goals.dir());
        Mojo mojo = goals.property(PropertyNames.MIGRATE_DRY_RUN, "true")
                .property(PropertyNames.MIGRATE_FAIL_ON_REFUSED, "true").goal("migrate");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:migrate: ").hasMessageContaining("[E1]");
    }
}
