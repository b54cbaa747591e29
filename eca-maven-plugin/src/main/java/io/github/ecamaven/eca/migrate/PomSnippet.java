package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.generate.AppSettings;
import io.github.ecamaven.eca.model.ExtlClntAppGlobalOauthSettings;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.util.List;
import java.util.Map;

/**
 * The {@code <app>} configuration of eca:generate that reproduces a conversion (no secrets), mapped back through the
 * settings table of eca:generate ({@link AppSettings}) so every element generate knows is reproduced.
 */
public final class PomSnippet {

    private PomSnippet() {}

    /** The {@code <apps>} block of one app. */
    public static String of(Conversion c) {
        return of(List.of(c));
    }

    /** One {@code <apps>} block with an {@code <app>} per conversion, in their order. */
    public static String of(List<Conversion> conversions) {
        StringBuilder b = new StringBuilder();
        b.append("<apps>\n");
        conversions.forEach(c -> app(b, c));
        b.append("</apps>\n");
        return b.toString();
    }

    private static void app(StringBuilder b, Conversion c) {
        b.append("  <app>\n");
        el(b, "    ", "name", c.app());
        Map<String, List<String>> values = AppSettings.fromFiles(c::model);
        for (AppSettings.Setting s : AppSettings.all()) {
            List<String> v = values.get(s.element());
            if (v == null) {
                continue;
            }
            if (s.mapping() == AppSettings.Mapping.LINES || s.mapping() == AppSettings.Mapping.COMMAS) {
                b.append("    <").append(s.element()).append(">\n");
                v.forEach(item -> el(b, "      ", AppSettings.itemElement(s), item));
                b.append("    </").append(s.element()).append(">\n");
            } else {
                el(b, "    ", s.element(), v.get(0));
            }
        }
        ExtlClntAppGlobalOauthSettings gos = c.model(MetadataType.GLOBAL_OAUTH_SETTINGS);
        if (gos != null && gos.getCertificate() != null) {
            b.append("    <!-- the certificate is in the global OAuth settings file: save it as a .crt file and point"
                    + " to it -->\n");
            el(b, "    ", "certificateFile", "src/main/eca/" + c.app() + ".crt");
        }
        b.append("  </app>\n");
    }

    private static void el(StringBuilder b, String indent, String name, String value) {
        if (value == null) {
            return;
        }
        b.append(indent).append('<').append(name).append('>').append(escape(value)).append("</").append(name)
                .append(">\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
