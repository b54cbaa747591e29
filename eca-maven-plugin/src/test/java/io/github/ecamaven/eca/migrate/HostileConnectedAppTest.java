package io.github.ecamaven.eca.migrate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Connected App that cannot be read stops eca:migrate with file, line and cause, never with a crash. */
class HostileConnectedAppTest {

    @TempDir
    Path project;

    private Path app;
    private final Migrator migrator = new Migrator(EcaLog.NONE, new SchemaOutputCheck());

    @BeforeEach
    void project() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],\"sourceApiVersion\":\"66.0\"}");
        app = Files.createDirectories(project.resolve("force-app/main/default/connectedApps"))
                .resolve("Deep.connectedApp-meta.xml");
    }

    @Test
    void threeThousandNestedLevelsAreOneErrorWithTheLine() throws Exception {
        String deep = "<a>".repeat(3_000) + "</a>".repeat(3_000);
        Files.writeString(app, Fixtures.app("    <label>" + deep + "</label>\n"));
        assertThatThrownBy(() -> migrator.run(MigrateRequest.of(project).withDryRun(true)))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith(app + ":")
                .hasMessageContaining("nested more than 100 deep");
    }

    @Test
    void invalidUtf8IsOneErrorWithLineAndColumn() throws Exception {
        Files.write(app, Fixtures.app("    <label>Caf\u00e9</label>\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> migrator.run(MigrateRequest.of(project).withDryRun(true)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining(app.toString())
                .hasMessageContaining("is not valid UTF-8 (byte 0xE9 here)");
    }

    @Test
    void anSfdxProjectJsonBeyondTheJsonLimitsNamesTheFile() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"), "{\"n\": " + "1".repeat(2_000) + "}");
        Files.writeString(app, Fixtures.app("    <label>Ok</label>\n"));
        assertThatThrownBy(() -> migrator.run(MigrateRequest.of(project).withDryRun(true)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining(project.resolve("sfdx-project.json") + ":1: sfdx-project.json holds a number"
                        + " with too many digits (limit 1000)");
    }

    @Test
    void conflictingDuplicatesAreRefusedNotSilentlyConverted() throws Exception {
        Files.writeString(app, Fixtures.app("    <contactEmail>ops@example.org</contactEmail>\n    <label>Old</label>\n"
                + "    <oauthConfig>\n        <callbackUrl>https://a.example.org/cb</callbackUrl>\n"
                + "        <callbackUrl>https://b.example.org/cb</callbackUrl>\n        <scopes>Api</scopes>\n"
                + "    </oauthConfig>\n"));
        assertThatThrownBy(() -> migrator.run(MigrateRequest.of(project).withDryRun(true)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining(app + ":7: <oauthConfig/callbackUrl> is written 2 times (lines 6, 7) but takes"
                        + " one value; keep the one you mean and run again");
    }
}
