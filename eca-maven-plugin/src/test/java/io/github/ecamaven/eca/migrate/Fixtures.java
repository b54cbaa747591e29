package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.model.connectedapp.ConnectedApp;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Connected App fixtures written for these tests. */
final class Fixtures {

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n";

    private Fixtures() {}

    /** A Connected App with {@code body} inside the root. */
    static String app(String body) {
        return HEAD + body + "</ConnectedApp>\n";
    }

    /** A minimal OAuth app plus {@code extraOauth} inside oauthConfig and {@code extra} after it. */
    static String oauthApp(String extraOauth, String policy, String extra) {
        return app("    <contactEmail>ops@example.org</contactEmail>\n    <label>Order Sync</label>\n"
                + "    <oauthConfig>\n        <callbackUrl>https://app.example.org/cb</callbackUrl>\n" + extraOauth
                + "        <scopes>Api</scopes>\n    </oauthConfig>\n" + policy + extra);
    }

    static ConnectedAppSource source(String name, String xml) throws Exception {
        Path file = Path.of("force-app/main/default/connectedApps/" + name + ".connectedApp-meta.xml");
        @SuppressWarnings("unchecked")
        MetadataDocument<ConnectedApp> doc = (MetadataDocument<ConnectedApp>) (MetadataDocument<?>)
                MetadataXml.read(file, xml.getBytes(StandardCharsets.UTF_8));
        return new ConnectedAppSource(name, file, doc);
    }

    static Conversion convert(String name, String xml) throws Exception {
        return convert(name, xml, 66, Map.of(), false);
    }

    static Conversion convert(String name, String xml, int api, Map<String, String> permSets, boolean keepKey)
            throws Exception {
        return ConnectedAppConverter.convert(source(name, xml),
                new ConnectedAppConverter.Settings(ApiVersion.of(api), permSets, keepKey, null));
    }
}
