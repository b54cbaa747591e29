package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.sf.Secrets;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfRawOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link SfRest} over {@code sf api request rest <path> --target-org <org> --include [--method M --body -]}.
 *
 * <p>That command has no {@code --json}: it prints the status line ({@code HTTP/1.1 404}), the headers and then the
 * body, and exits 1 for HTTP 400 and above with the body still on stdout, so the status line decides, not the exit
 * code. Every non-GET request needs a non-empty body (without one sf fails before sending). The body goes in an
 * owner-only temporary file ({@code --body @file}, deleted afterwards), so nothing of it reaches the argument list;
 * not through stdin ({@code --body -}): sf gives stdin 10 ms, and on a busy machine the request went out without the
 * body.
 */
public final class CliSfRest implements SfRest {

    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\d(?:\\.\\d)? (\\d{3})\\b.*");
    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Za-z0-9!#$%&'*+.^_`|~-]+: .*");
    private static final Pattern SF_ERROR = Pattern.compile("(?m)^Error \\(([^)]*)\\): (.*)$");

    private final SfCli sf;
    private final String targetOrg;
    private final EcaLog log;

    /** @param targetOrg sf alias or username; null for sf's default org */
    public CliSfRest(SfCli sf, String targetOrg, EcaLog log) {
        this.sf = sf;
        this.targetOrg = targetOrg;
        this.log = log;
    }

    @Override
    public Response send(String method, String path, String jsonBody) throws SfCliException, CredentialsException {
        boolean hasBody = !"GET".equals(method);
        if (hasBody && (jsonBody == null || jsonBody.isBlank())) {
            jsonBody = "{}"; // sf refuses to send a non-GET request without a body
        }
        Path bodyFile = hasBody ? bodyFile(jsonBody) : null;
        SfRawOutput out;
        SfCommand command;
        try {
            command = SfCommand.of("api", "request", "rest", path).withoutJsonFlag()
                    .option("--target-org", targetOrg)
                    .flag("--include")
                    .option("--method", "GET".equals(method) ? null : method)
                    .option("--body", hasBody ? "@" + bodyFile : null)
                    .build();
            out = sf.runRaw(command);
        } finally {
            if (bodyFile != null) {
                try {
                    Files.deleteIfExists(bodyFile);
                } catch (IOException e) {
                    log.warn("Could not delete the temporary request body " + bodyFile + ": " + e.getMessage());
                }
            }
        }
        Response r = parse(out.stdout());
        if (r == null) {
            throw failure(command, out);
        }
        log.debug(() -> method + " " + path + " → HTTP " + r.status());
        return r;
    }

    private static Path bodyFile(String body) throws CredentialsException {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path f = posix ? Files.createTempFile("eca-request-", ".json",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile("eca-request-", ".json");
            Files.writeString(f, body, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new CredentialsException("Cannot write the request body for sf to a temporary file: " + e.getMessage(),
                    true, e);
        }
    }

    /** The status and body of {@code --include} output, or null when sf printed no status line. */
    static Response parse(String stdout) {
        List<String> lines = stdout.replace("\r\n", "\n").lines().toList();
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size()) {
            return null;
        }
        Matcher m = STATUS_LINE.matcher(lines.get(i));
        if (!m.matches()) {
            return null;
        }
        int status = Integer.parseInt(m.group(1));
        i++;
        while (i < lines.size() && HEADER_LINE.matcher(lines.get(i)).matches()) {
            i++;
        }
        return new Response(status, String.join("\n", lines.subList(i, lines.size())).strip());
    }

    private CredentialsException failure(SfCommand command, SfRawOutput out) {
        String stderr = Secrets.mask(out.stderr(), List.of());
        Matcher m = SF_ERROR.matcher(stderr);
        String said = m.find() ? m.group(2).strip() + " (" + m.group(1) + ")" : lastLine(stderr);
        String org = targetOrg == null ? "sf's default org" : "'" + targetOrg + "'";
        String fix;
        if (stderr.contains("NamedOrgNotFound") || stderr.contains("NoDefaultEnvError")) {
            fix = " Log in first: sf org login web --alias <alias>, then pass -D" + PropertyNames.TARGET_ORG
                    + "=<alias>.";
        } else if (out.exitCode() == 10 || said.contains("fetch failed")) {
            fix = " The org " + org + " could not be reached; check the network and sf org display --target-org "
                    + (targetOrg == null ? "<alias>" : targetOrg) + ".";
        } else {
            fix = " Check that sf is logged in to " + org + " (sf org display).";
        }
        return new CredentialsException("sf api request rest got no answer from " + org + " (exit " + out.exitCode()
                + "): " + said + "." + fix, true);
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("Warning:") && !l.startsWith("›")).toList();
        return lines.isEmpty() ? "sf printed nothing" : lines.get(lines.size() - 1);
    }
}
