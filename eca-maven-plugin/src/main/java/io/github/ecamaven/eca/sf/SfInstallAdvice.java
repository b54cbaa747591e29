package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.config.PropertyNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that says which Salesforce CLI to install: every message that tells the user to install sf (sf
 * missing, too old, crashing on the machine's Node.js) takes its advice from here. Current sf releases need Node.js
 * {@value #CURRENT_NODE_MAJOR}; on Node.js 20 the advice is the pinned sf {@value #PINNED_SF} with {@code undici} held
 * at {@value #PINNED_UNDICI}, the combination the plugin's own integration tests install ({@code it/sf/package.json},
 * which {@code SfInstallAdviceTest} compares with these constants).
 */
public final class SfInstallAdvice {

    /** The last sf known to run on Node.js 20 (with {@link #PINNED_UNDICI}). */
    public static final String PINNED_SF = "2.129.8";
    /** The {@code undici} override that keeps {@link #PINNED_SF} on Node.js 20. */
    public static final String PINNED_UNDICI = "6.22.0";
    /** The Node.js major version current sf releases need. */
    public static final int CURRENT_NODE_MAJOR = 22;
    /** The oldest Node.js major version the pinned sf runs on. */
    public static final int PINNED_NODE_MAJOR = 20;
    /** The FAQ entry "Running sf on Node.js 20" on the plugin's site. */
    public static final String FAQ_NODE_20 =
            "https://ecamaven.github.io/eca-maven-plugin/eca-maven-plugin/faq.html#sf-on-node-20";

    private static final Pattern MAJOR = Pattern.compile("v?(\\d+)\\.\\d+");
    private static volatile Optional<String> installedNode;

    private SfInstallAdvice() {}

    /** The advice for the Node.js on this machine ({@code node --version}, asked once per build). */
    public static String forThisMachine() {
        return forNode(installedNode().orElse(null));
    }

    /**
     * The advice for a Node.js version as {@code node --version} prints it ({@code v20.20.2}); null when there is no
     * Node.js.
     */
    public static String forNode(String nodeVersion) {
        String pointAt = " or point the plugin at an sf that works with -D" + PropertyNames.SF_EXECUTABLE
                + "=/path/to/sf (<sfExecutable> in the POM).";
        Integer major = major(nodeVersion);
        if (major == null) {
            return "Install Node.js " + CURRENT_NODE_MAJOR + " or later and then the Salesforce CLI with 'npm install"
                    + " --global @salesforce/cli' (on Node.js " + PINNED_NODE_MAJOR + ": sf " + PINNED_SF
                    + " with undici " + PINNED_UNDICI + ", see " + FAQ_NODE_20 + "),"
                    + pointAt;
        }
        if (major >= CURRENT_NODE_MAJOR) {
            return "Install the Salesforce CLI with 'npm install --global @salesforce/cli' (Node.js "
                    + nodeVersion.strip() + " runs current releases)," + pointAt;
        }
        if (major >= PINNED_NODE_MAJOR) {
            return "Node.js " + nodeVersion.strip() + " runs sf " + PINNED_SF + " with undici held at " + PINNED_UNDICI
                    + ", not current releases (they need Node.js " + CURRENT_NODE_MAJOR + "): install that pair with"
                    + " a package.json as " + FAQ_NODE_20 + " shows and -D" + PropertyNames.SF_EXECUTABLE
                    + "=node_modules/.bin/sf, or install Node.js " + CURRENT_NODE_MAJOR + " and 'npm install --global"
                    + " @salesforce/cli'," + pointAt;
        }
        return "Node.js " + nodeVersion.strip() + " is too old for the Salesforce CLI: install Node.js "
                + CURRENT_NODE_MAJOR + " or later and then 'npm install --global @salesforce/cli'," + pointAt;
    }

    /** The major version of {@code v20.20.2}, or null when it is no version. */
    static Integer major(String nodeVersion) {
        if (nodeVersion == null) {
            return null;
        }
        Matcher m = MAJOR.matcher(nodeVersion.strip());
        return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Optional<String> installedNode() {
        Optional<String> v = installedNode;
        if (v == null) {
            v = askNode();
            installedNode = v;
        }
        return v;
    }

    /** {@code node --version}, empty when Node.js is not there or does not answer within a few seconds. */
    private static Optional<String> askNode() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getOutputStream().close();
            try (InputStream in = p.getInputStream()) {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return Optional.empty();
                }
                String out = new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
                return p.exitValue() == 0 && major(out) != null ? Optional.of(out) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
