package io.github.ecamaven.eca.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Builders shared by the generate tests. */
final class GenerateTestSupport {

    static final String DIR = "force-app/main/default/";
    static final String HEADER = DIR + "externalClientApps/Nango_Integration.eca-meta.xml";
    static final String OAUTH = DIR + "extlClntAppOauthSettings/Nango_Integration_oauth.ecaOauth-meta.xml";
    static final String GLOBAL = DIR + "extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth-meta.xml";
    static final String OAUTH_POLICIES =
            DIR + "extlClntAppOauthPolicies/Nango_Integration_oauthPlcy.ecaOauthPlcy-meta.xml";
    static final String POLICIES = DIR + "extlClntAppPolicies/Nango_Integration_plcy.ecaPlcy-meta.xml";

    private GenerateTestSupport() {}

    /** The smallest configuration of the issue. */
    static EcaApp nango() {
        EcaApp a = new EcaApp();
        a.setName("Nango_Integration");
        a.setLabel("Nango Integration");
        a.setContactEmail("integrations@example.com");
        a.setPreset("nango");
        return a;
    }

    static GenerateRequest request(Path project, EcaApp... apps) {
        return request(project, false, "66.0", null, apps);
    }

    static GenerateRequest request(Path project, boolean check, String api, String namespace, EcaApp... apps) {
        return new GenerateRequest(project, project, "force-app", "eca-org", "manifest/package.xml", api, namespace,
                null, "nango-app", null, null, List.of(apps), check);
    }

    static String read(Path project, String rel) throws IOException {
        return Files.readString(project.resolve(rel), StandardCharsets.UTF_8);
    }

    static Path resource(String name) {
        try {
            return Paths.get(GenerateTestSupport.class.getResource("/generate/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
