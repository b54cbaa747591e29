package io.github.ecamaven.eca.packaging;

import io.github.ecamaven.eca.model.ExternalClientApplication;
import io.github.ecamaven.eca.model.ExtlClntAppDistState;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.FileTrees;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import io.github.ecamaven.eca.model.io.SecureXmlParser;
import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.text.SecretLike;
import io.github.ecamaven.eca.project.ForceIgnore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What must hold in a package directory before {@code sf package version create} uploads all of it (sf filters
 * nothing): no ExtlClntAppGlobalOauthSettings (it holds the consumer key and secret), no policy types, no secret in
 * any file (every file is read: markup is parsed with the secure parser and judged by element local name, so a
 * namespace prefix or another file name hides nothing; every file is scanned for private keys), and every
 * ExternalClientApplication with {@code distributionState} Packaged.
 * Files excluded by {@code .forceignore} are not uploaded and not checked. Findings never quote a secret.
 */
public final class PackagingChecks {

    private PackagingChecks() {}

    /**
     * @return one line per problem, {@code path: problem}, paths relative to {@code projectRoot}; empty when fine
     */
    public static List<String> check(Path projectRoot, Path packageDirectory) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(packageDirectory)) {
            problems.add(rel(projectRoot, packageDirectory) + ": the package directory does not exist");
            return problems;
        }
        ForceIgnore ignore = ForceIgnore.read(projectRoot, problems);
        // every file, not only ECA files: sf uploads the whole directory, and a secret may be in any of them
        FileTrees.Walk walk = FileTrees.walk(packageDirectory, projectRoot, FileTrees.FolderFilter.NONE, name -> true);
        for (FileTrees.OutsideLink l : walk.outsideLinks()) {
            problems.add(rel(projectRoot, l.link()) + ": a symbolic link to " + l.target() + ", outside the project;"
                    + " sf would upload what it points to, unchecked; copy the file into the project or remove the link");
        }
        List<Path> files = walk.files();
        for (Path f : files) {
            Path relative = projectRoot.relativize(f.toAbsolutePath().normalize());
            if (ignore.ignores(relative)) {
                continue;
            }
            String name = f.getFileName().toString();
            MetadataType type = MetadataType.ofFileName(name);
            String where = relative.toString().replace('\\', '/');
            if (type != null && !type.isPackageable()) {
                problems.add(where + ": " + type.typeName() + " cannot be packaged"
                        + (type == MetadataType.GLOBAL_OAUTH_SETTINGS
                                ? " (it holds the consumer key and secret, which stay in the source org; linked and installed orgs"
                                + " share that one consumer)"
                                : " (policies are set by each subscriber's admin)")
                        + "; move it out of the package directory or list it in .forceignore");
                continue;
            }
            byte[] content;
            try {
                content = InputLimits.read(f);
            } catch (UnreadableFileException e) {
                problems.add(where + ":" + e.line() + ": " + e.reason());
                continue;
            }
            secrets(f, name, where, content, problems);
            if (type == MetadataType.EXTERNAL_CLIENT_APPLICATION) {
                checkDistribution(f, where, problems);
            }
        }
        return problems;
    }

    /**
     * A file sf would upload, judged for secrets: markup parsed with the secure parser and judged by element local
     * name (any namespace prefix, any case or spelling: {@link SecretLike}); every file, XML or not, by content for
     * key material. Never quotes a value.
     */
    private static void secrets(Path f, String name, String where, byte[] content, List<String> problems) {
        if (name.endsWith(".xml") || startsWithMarkup(content)) {
            try {
                Document doc = SecureXmlParser.parse(f, content);
                for (Element e : SecretLike.secretElements(doc.getDocumentElement())) {
                    SourcePosition p = SecureXmlParser.positionOf(e);
                    problems.add(where + ":" + (p == null ? 1 : p.line()) + ": <" + e.getTagName() + "> holds a"
                            + " secret" + ("consumerSecret".equals(e.getLocalName()) ? "" : " (a secret-like element)")
                            + "; a secret must never be packaged or committed: remove it and rotate it");
                }
            } catch (EcaXmlException e) {
                if (name.endsWith(".xml")) {
                    problems.add(where + ":" + e.line() + ": not readable as XML (" + e.reason() + "); sf would"
                            + " upload it unchecked for secrets: fix it, or list it in .forceignore");
                }
                // other markup (an HTML page, a Visualforce page) is judged by its content below
            }
        }
        SecretLike.KeyMaterial key = SecretLike.keyMaterial(content); // an index into the bytes (ISO-8859-1)
        if (key != null) {
            problems.add(where + ":" + lineOf(content, key.at()) + ": a private key (" + key.kind() + ") would be"
                    + " uploaded; a private key must never be packaged or committed: remove it and revoke the key");
        }
    }

    /** Whether {@code content} starts, after a byte order mark and blanks, with {@code <} and a name or {@code ?}. */
    private static boolean startsWithMarkup(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r'
                || content[i] == '\n')) {
            i++;
        }
        return i + 1 < content.length && content[i] == '<'
                && (content[i + 1] == '?' || Character.isLetter(content[i + 1]));
    }

    private static int lineOf(byte[] content, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void checkDistribution(Path f, String where, List<String> problems) throws IOException {
        MetadataComponent model;
        try {
            model = MetadataXml.read(f).model();
        } catch (EcaXmlException e) {
            problems.add(where + ":" + e.line() + ": not a readable ExternalClientApplication: " + e.reason());
            return;
        }
        if (model instanceof ExternalClientApplication app
                && app.getDistributionState() != ExtlClntAppDistState.Packaged) {
            problems.add(where + ": distributionState is "
                    + (app.getDistributionState() == null ? "missing" : app.getDistributionState().value())
                    + "; a packaged External Client App needs <distributionState>Packaged</distributionState>");
        }
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
