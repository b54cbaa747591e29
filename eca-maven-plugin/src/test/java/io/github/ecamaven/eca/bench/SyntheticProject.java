package io.github.ecamaven.eca.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic sfdx project for the benchmark (bench/run.sh) and its tests: {@code files} files spread like a
 * real org (Apex classes, objects with fields, layouts, LWC bundles, static resources, a node_modules folder and
 * tooling folders outside the package directories) over several package directories, plus {@code apps} External
 * Client Apps of five files each, every tenth one broken. The same arguments give the same tree, byte for byte.
 * JDK-only, so the script can run it from test-classes alone.
 */
public final class SyntheticProject {

    /** Package directories listed in sfdx-project.json; the first one is the default. */
    public static final List<String> PACKAGE_DIRS = List.of("force-app", "sales-app", "service-app", "shared-lib");

    /** Every {@value}-th app (index {@code BROKEN_EVERY - 1}, {@code 2 * BROKEN_EVERY - 1}, ...) is broken. */
    public static final int BROKEN_EVERY = 10;

    private final Path root;
    private final SplittableRandom random;
    private int written;

    private SyntheticProject(Path root, long seed) {
        this.root = root;
        this.random = new SplittableRandom(seed);
    }

    /** Usage: {@code SyntheticProject <dir> <files> <apps> [seed]}; the directory must not exist or be empty. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SyntheticProject <dir> <files> <apps> [seed]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int n = write(dir, Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                args.length > 3 ? Long.parseLong(args[3]) : 14L);
        System.out.println(dir + ": " + n + " files, " + args[2] + " apps, tree " + treeHash(dir).substring(0, 12));
    }

    /**
     * Writes the project.
     *
     * @return the number of files written (at least {@code files}; the apps' files come on top)
     */
    public static int write(Path dir, int files, int apps, long seed) throws IOException {
        Files.createDirectories(dir);
        SyntheticProject p = new SyntheticProject(dir, seed);
        p.project();
        int per = Math.max(1, (files - p.written + PACKAGE_DIRS.size() - 1) / PACKAGE_DIRS.size());
        // about a fifth of a real checkout is dependencies and tooling outside the package directories
        int outside = per / 5;
        p.nodeModules(outside);
        for (String pd : PACKAGE_DIRS) {
            p.packageDir(pd, pd.equals("force-app") ? per - outside : per);
        }
        for (int i = 0; i < apps; i++) {
            p.app(i);
        }
        return p.written;
    }

    /** Whether app {@code i} is written broken (validate must fail on it). */
    public static boolean broken(int i) {
        return i % BROKEN_EVERY == BROKEN_EVERY - 1;
    }

    /** The name of app {@code i}. */
    public static String appName(int i) {
        return String.format("Bench_App_%04d", i);
    }

    /** The package directory app {@code i} is written to (they rotate over all of them). */
    public static String appDir(int i) {
        return PACKAGE_DIRS.get(i % PACKAGE_DIRS.size());
    }

    /** SHA-256 over every file's relative path and content, in path order. */
    public static String treeHash(Path dir) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = new ArrayList<>(s.filter(Files::isRegularFile).toList());
        }
        all.sort(null);
        for (Path f : all) {
            md.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(Files.readAllBytes(f));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private void project() throws IOException {
        StringBuilder dirs = new StringBuilder();
        for (String pd : PACKAGE_DIRS) {
            dirs.append(dirs.length() == 0 ? "" : ",\n").append("    { \"path\": \"").append(pd).append('"')
                    .append(pd.equals("force-app") ? ", \"default\": true" : "").append(" }");
        }
        put("sfdx-project.json", "{\n  \"packageDirectories\": [\n" + dirs + "\n  ],\n  \"name\": \"bench\",\n"
                + "  \"namespace\": \"\",\n  \"sfdcLoginUrl\": \"https://login.salesforce.com\",\n"
                + "  \"sourceApiVersion\": \"66.0\"\n}\n");
        put("pom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>bench</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                </project>
                """);
        put(".forceignore", "**/jsconfig.json\n**/.eslintrc.json\n**/__tests__/**\n");
        put("config/project-scratch-def.json", "{ \"orgName\": \"bench\", \"edition\": \"Developer\" }\n");
        put("README.md", "Synthetic sfdx project for the eca-maven-plugin benchmark.\n");
    }

    private void nodeModules(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String pkg = "node_modules/pkg" + (i / 40) + "/" + (i % 3 == 0 ? "lib/" : "dist/");
            put(pkg + "f" + i + ".js", "module.exports = function f" + i + "() { return " + random.nextInt() + "; };\n");
        }
    }

    private void packageDir(String pd, int count) throws IOException {
        String base = pd + "/main/default/";
        int i = 0;
        while (i < count) {
            int kind = random.nextInt(100);
            if (kind < 30) { // Apex class and its meta file
                String n = "Cls" + i;
                put(base + "classes/" + n + ".cls", "public with sharing class " + n + " {\n    public Integer v() { return "
                        + random.nextInt(1000) + "; }\n}\n");
                put(base + "classes/" + n + ".cls-meta.xml", meta("ApexClass", "<status>Active</status>"));
                i += 2;
            } else if (kind < 62) { // a custom object with a few fields
                String o = "Obj" + i + "__c";
                put(base + "objects/" + o + "/" + o + ".object-meta.xml", meta("CustomObject",
                        "<label>Obj " + i + "</label>\n    <sharingModel>ReadWrite</sharingModel>"));
                int fields = 2 + random.nextInt(6);
                for (int f = 0; f < fields; f++) {
                    put(base + "objects/" + o + "/fields/F" + f + "__c.field-meta.xml", meta("CustomField",
                            "<fullName>F" + f + "__c</fullName>\n    <type>Text</type>\n    <length>"
                                    + (10 + random.nextInt(200)) + "</length>"));
                }
                i += 1 + fields;
            } else if (kind < 72) {
                put(base + "layouts/Obj" + i + "__c-Layout.layout-meta.xml", meta("Layout",
                        "<layoutSections><label>Information</label></layoutSections>"));
                i += 1;
            } else if (kind < 92) { // an LWC bundle
                String c = "cmp" + i;
                put(base + "lwc/" + c + "/" + c + ".js", "import { LightningElement } from 'lwc';\nexport default class "
                        + "C" + i + " extends LightningElement {}\n");
                put(base + "lwc/" + c + "/" + c + ".html", "<template><p>" + random.nextInt() + "</p></template>\n");
                put(base + "lwc/" + c + "/" + c + ".js-meta.xml", meta("LightningComponentBundle",
                        "<isExposed>false</isExposed>"));
                i += 3;
            } else {
                String r = "res" + i;
                byte[] data = new byte[256 + random.nextInt(1024)];
                random.nextBytes(data);
                putBytes(base + "staticresources/" + r + ".resource", data);
                put(base + "staticresources/" + r + ".resource-meta.xml", meta("StaticResource",
                        "<cacheControl>Private</cacheControl>\n    <contentType>application/octet-stream</contentType>"));
                i += 2;
            }
        }
    }

    private void app(int i) throws IOException {
        String n = appName(i);
        String base = appDir(i) + "/main/default/";
        String app = xml("ExternalClientApplication", "<contactEmail>dev@example.com</contactEmail>\n"
                + "    <distributionState>Local</distributionState>\n    <isProtected>false</isProtected>\n"
                + "    <label>" + n + "</label>");
        String oauth = xml("ExtlClntAppOauthSettings", "<commaSeparatedOauthScopes>Api, RefreshToken"
                + "</commaSeparatedOauthScopes>\n    <externalClientApplication>" + n + "</externalClientApplication>\n"
                + "    <isFirstPartyAppEnabled>false</isFirstPartyAppEnabled>\n    <label>" + n + "_oauth</label>");
        String global = xml("ExtlClntAppGlobalOauthSettings", "<callbackUrl>https://app.example.com/" + n
                + "/callback</callbackUrl>\n    <externalClientApplication>" + n + "</externalClientApplication>\n"
                + "    <isCodeCredFlowEnabled>true</isCodeCredFlowEnabled>\n"
                + "    <isConsumerSecretOptional>false</isConsumerSecretOptional>\n"
                + "    <isPkceRequired>true</isPkceRequired>\n"
                + "    <isSecretRequiredForRefreshToken>true</isSecretRequiredForRefreshToken>\n"
                + "    <label>" + n + "_glbloauth</label>");
        String policy = xml("ExtlClntAppConfigurablePolicies", "<externalClientApplication>" + n
                + "</externalClientApplication>\n    <isEnabled>true</isEnabled>\n"
                + "    <isOauthPluginEnabled>true</isOauthPluginEnabled>\n    <label>" + n + "_plcy</label>");
        String oauthPolicy = xml("ExtlClntAppOauthConfigurablePolicies", "<externalClientApplication>" + n
                + "</externalClientApplication>\n    <ipRelaxationPolicyType>Enforce</ipRelaxationPolicyType>\n"
                + "    <label>" + n + "_oauthPlcy</label>\n"
                + "    <permittedUsersPolicyType>AllSelfAuthorized</permittedUsersPolicyType>\n"
                + "    <refreshTokenPolicyType>Infinite</refreshTokenPolicyType>");
        if (broken(i)) { // alternately not well-formed, and a satellite naming an app that does not exist
            if ((i / BROKEN_EVERY) % 2 == 0) {
                app = app.replace("</label>", "</labl>");
            } else {
                oauth = oauth.replace("<externalClientApplication>" + n, "<externalClientApplication>No_Such_App");
            }
        }
        put(base + "externalClientApps/" + n + ".eca-meta.xml", app);
        put(base + "extlClntAppOauthSettings/" + n + "_oauth.ecaOauth-meta.xml", oauth);
        put(base + "extlClntAppGlobalOauthSets/" + n + "_glbloauth.ecaGlblOauth-meta.xml", global);
        put(base + "extlClntAppPolicies/" + n + "_plcy.ecaPlcy-meta.xml", policy);
        put(base + "extlClntAppOauthPolicies/" + n + "_oauthPlcy.ecaOauthPlcy-meta.xml", oauthPolicy);
    }

    private static String meta(String type, String body) {
        return xml(type, body);
    }

    private static String xml(String type, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + type
                + " xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n    " + body + "\n</" + type + ">\n";
    }

    private void put(String rel, String text) throws IOException {
        putBytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    private void putBytes(String rel, byte[] data) throws IOException {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        try {
            Files.write(f, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f, e);
        }
        written++;
    }
}
