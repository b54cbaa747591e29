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
import io.github.ecamaven.eca.project.ForceIgnore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What must hold in a package directory before {@code sf package version create} uploads all of it (sf filters
 * nothing): no ExtlClntAppGlobalOauthSettings (it holds the consumer key and secret), no policy types, no
 * {@code consumerSecret} anywhere, and every ExternalClientApplication with {@code distributionState} Packaged.
 * Files excluded by {@code .forceignore} are not uploaded and not checked. Findings never quote a secret.
 */
public final class PackagingChecks {

    private static final Pattern CONSUMER_SECRET = Pattern.compile("<consumerSecret\\b");

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
                                ? " (it holds the consumer key and secret; subscribers get their own)"
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
            if (name.endsWith(".xml") && CONSUMER_SECRET.matcher(new String(content, StandardCharsets.ISO_8859_1))
                    .find()) {
                problems.add(where + ": contains a consumerSecret; a secret must never be packaged or committed");
            }
            if (type == MetadataType.EXTERNAL_CLIENT_APPLICATION) {
                checkDistribution(f, where, problems);
            }
        }
        return problems;
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
