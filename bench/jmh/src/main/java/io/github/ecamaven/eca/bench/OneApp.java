package io.github.ecamaven.eca.bench;

import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.generate.EcaGenerator;
import io.github.ecamaven.eca.generate.GenerateRequest;
import io.github.ecamaven.eca.log.EcaLog;
import java.nio.file.Path;
import java.util.List;

/** One Local app with the nango preset, written by the plugin's own generator (the fixture of every benchmark). */
final class OneApp {

    static final String NAME = "Bench_App";

    private OneApp() {}

    static GenerateRequest request(Path dir) {
        EcaApp app = new EcaApp();
        app.setName(NAME);
        app.setLabel("Bench App");
        app.setContactEmail("dev@example.com");
        app.setPreset("nango");
        return new GenerateRequest(dir, dir, "force-app", "eca-org", "manifest/package.xml", "66.0", null, null,
                "bench", null, null, List.of(app), false);
    }

    static void generate(Path dir) throws Exception {
        new EcaGenerator(EcaLog.NONE).generate(request(dir));
    }

    static Path appFile(Path dir) {
        return dir.resolve("force-app/main/default/externalClientApps/" + NAME + ".eca-meta.xml");
    }
}
