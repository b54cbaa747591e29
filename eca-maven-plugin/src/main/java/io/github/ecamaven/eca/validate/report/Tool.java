package io.github.ecamaven.eca.validate.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The plugin's name, version and site as the build recorded them in {@code tool.properties}. */
public final class Tool {

    public static final String NAME = "eca-maven-plugin";

    /**
     * Default of the rule pages linked from the reports: the rule catalogue of the plugin's site, one anchor per rule
     * id. {@code ReportsTest} checks it against the site URL of the POM.
     */
    public static final String RULES_PAGE = "https://ecamaven.github.io/eca-maven-plugin/eca-maven-plugin/rules.html";

    private static final Properties PROPS = load();

    private Tool() {}

    /** The plugin version, e.g. {@code 0.1.0}. */
    public static String version() {
        return PROPS.getProperty("version");
    }

    /** The site URL of this module as the POM declares it (with a trailing slash). */
    public static String siteUrl() {
        return PROPS.getProperty("siteUrl");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Tool.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("tool.properties is missing from the plugin jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
