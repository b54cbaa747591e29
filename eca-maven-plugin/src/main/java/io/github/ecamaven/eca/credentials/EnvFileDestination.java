package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.credentials.OrgCredentialsApi.AppCredentials;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.OutputPathException;
import io.github.ecamaven.eca.project.WriteTargets;
import io.github.ecamaven.eca.sf.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A dotenv file with the key, the secret and the scopes, readable by its owner only from the moment it exists
 * ({@link AtomicFiles#writeOwnerOnly}). Refuses a path inside a package directory (sf would deploy or package it), a
 * path git tracks, and a path inside a git work tree that git does not ignore ({@code git add -A} would commit it);
 * outside a work tree, or without git, only the package directories count.
 */
public final class EnvFileDestination implements Destination {

    /** The variable names in the file. */
    public static final String KEY_VARIABLE = "SALESFORCE_CLIENT_ID";
    public static final String SECRET_VARIABLE = "SALESFORCE_CLIENT_SECRET";
    public static final String SCOPES_VARIABLE = "SALESFORCE_SCOPES";

    /** The folder of the default files in the plugin's build folder. */
    private static final String FOLDER = "credentials";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final String app;
    private final String scopes;

    /** The file when {@code eca.credentialsFile} is not set: {@code target/eca/credentials/<app>.env}. */
    static Path defaultFile(Path buildDirectory, String app) {
        return ProjectPaths.buildFolder(buildDirectory).resolve(FOLDER).resolve(app + ".env");
    }

    private static String shownDefault(String app) {
        return ProjectPaths.shownInBuildFolder(FOLDER + "/" + app + ".env");
    }

    /**
     * Checks the path before anything is read from the org.
     *
     */
    public EnvFileDestination(Path file, Path projectDir, String app, String scopes)
            throws CredentialsException {
        this.file = file.toAbsolutePath().normalize();
        this.app = app;
        this.scopes = scopes;
        try {
            // the place rules every written path follows: not empty, not the project root, never in a package
            // directory (sf would deploy or package the secret); outside the project is allowed, as a secrets folder
            WriteTargets.of(projectDir).place(PropertyNames.CREDENTIALS_FILE, this.file);
        } catch (OutputPathException e) {
            throw new CredentialsException(e.getMessage() + " The default is " + shownDefault(app) + ".",
                    false);
        } catch (IOException e) {
            throw new CredentialsException("cannot check " + PropertyNames.CREDENTIALS_FILE + " " + this.file + ": "
                    + e.getMessage(), true);
        }
        if (gitTracks(projectDir, this.file)) {
            throw new CredentialsException(PropertyNames.CREDENTIALS_FILE + " " + this.file
                    + " is tracked by git; the secret would be"
                    + " committed. Choose an untracked path (and add it to .gitignore), e.g. the default"
                    + " " + shownDefault(app) + ".", false);
        }
        String[] unignored = notIgnored(projectDir, this.file);
        if (unignored != null) {
            throw new CredentialsException(PropertyNames.CREDENTIALS_FILE + " " + this.file + " is inside the git work"
                    + " tree " + unignored[0] + " and git does not ignore it, so 'git add -A' would commit the secret."
                    + " Add the line " + unignored[1] + " to " + Path.of(unignored[0]).resolve(".gitignore")
                    + ", or choose a path git ignores or one outside the work tree.", false);
        }
    }

    /**
     * The work tree around {@code projectDir} and the .gitignore line for {@code file} when the file is inside it
     * and git does not ignore it ({@code git check-ignore}); null when it is ignored, outside a work tree, or git is
     * missing.
     */
    static String[] notIgnored(Path projectDir, Path file) {
        String top = git(projectDir, "rev-parse", "--show-toplevel");
        if (top == null || top.isBlank()) {
            return null;
        }
        Path root = Path.of(top.strip());
        Path real = realPath(file);
        if (!real.startsWith(root)) {
            return null; // outside the work tree
        }
        // exit 0: ignored, 1: not ignored, else an error (as without git)
        Integer exit = gitExit(root, "check-ignore", "-q", "--no-index", "--", real.toString());
        if (exit == null || exit != 1) {
            return null;
        }
        return new String[] {root.toString(), "/" + root.relativize(real).toString().replace('\\', '/')};
    }

    /** The real path of the nearest existing ancestor, with the rest appended (git names the work tree by it). */
    private static Path realPath(Path file) {
        Path existing = file;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? file : existing.toRealPath().resolve(existing.relativize(file));
        } catch (IOException e) {
            return file;
        }
    }

    private static String git(Path dir, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // no git
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Integer gitExit(Path dir, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Whether git knows {@code file} in the repository around {@code projectDir}; false without git or a repo. */
    static boolean gitTracks(Path projectDir, Path file) {
        try {
            Process p = new ProcessBuilder("git", "ls-files", "--error-unmatch", "--", file.toString())
                    .directory(projectDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no git: nothing can be tracked
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String describe() {
        return "env file " + file;
    }

    @Override
    public boolean needsSecret() {
        return true;
    }

    @Override
    public String deliver(AppCredentials c) throws CredentialsException {
        byte[] content = content(c.key(), c.secret());
        try {
            if (Files.isRegularFile(file) && java.security.MessageDigest.isEqual(Files.readAllBytes(file), content)) {
                restrict(file);
                return describe() + " is up to date (client id " + c.key() + "); nothing changed";
            }
            AtomicFiles.writeOwnerOnly(file, content);
        } catch (IOException e) {
            throw new CredentialsException("cannot write " + describe() + ": " + e.getMessage(), true, e);
        }
        return "Wrote the consumer key and secret of " + app + " to " + file + " (owner-only permissions)";
    }

    private byte[] content(String key, Secret secret) {
        return ("# Consumer key and secret of the External Client App " + app + ", written by eca:credentials.\n"
                + "# Keep this file private; never commit it.\n"
                + KEY_VARIABLE + "=" + key + "\n"
                + SECRET_VARIABLE + "=" + secret.reveal() + "\n"
                + SCOPES_VARIABLE + "=" + (scopes == null ? "" : scopes) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void restrict(Path f) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                && !Files.getPosixFilePermissions(f).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(f, OWNER_ONLY);
        }
    }

    @Override
    public void confirm(AppCredentials c) throws CredentialsException {
        try {
            if (!java.security.MessageDigest.isEqual(Files.readAllBytes(file), content(c.key(), c.secret()))) {
                throw new CredentialsException(describe() + " does not hold the pair just written.", true);
            }
        } catch (IOException e) {
            throw new CredentialsException("cannot read back " + describe() + ": " + e.getMessage(), true, e);
        }
    }

    @Override
    public AppCredentials held() throws CredentialsException {
        if (!Files.exists(file)) {
            return null;
        }
        String key = null;
        String secret = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(KEY_VARIABLE + "=")) {
                    key = line.substring(KEY_VARIABLE.length() + 1);
                } else if (line.startsWith(SECRET_VARIABLE + "=")) {
                    secret = line.substring(SECRET_VARIABLE.length() + 1);
                }
            }
        } catch (IOException e) {
            throw new CredentialsException("cannot read " + describe() + ": " + e.getMessage(), true, e);
        }
        return new AppCredentials(key, secret == null || secret.isEmpty() ? null : Secret.of(secret));
    }

    @Override
    public String commandLine() {
        return "-D" + PropertyNames.CREDENTIALS_DESTINATION + "=env-file -D" + PropertyNames.CREDENTIALS_FILE + "=" + file;
    }

    @Override
    public void remove() throws CredentialsException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new CredentialsException("cannot delete " + describe() + ": " + e.getMessage(), true, e);
        }
    }
}
