package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.config.PropertyNames;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ecamaven.eca.log.EcaLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the real sf: {@link ProcessBuilder} with an argument list (never a shell), working directory the sfdx project
 * root, stdin closed, stdout and stderr drained on their own threads, a timeout after which the whole process tree
 * is killed, and a shutdown hook that kills it when Maven is stopped. The child environment turns off autoupdate,
 * telemetry and colours and sets {@code TZ=UTC}; it carries no secret sf does not read itself (see
 * {@link #childEnvironment}). Before the first command it checks that sf is there and new enough
 * (from its package.json, see {@link InstalledSfVersion}; else {@code sf version --json}).
 */
public final class ProcessSfCli implements SfCli {

    /** The oldest sf this plugin drives (the v2 command names and the flat JSON error envelope). */
    public static final String MINIMUM_VERSION = "2.0.0";

    /** Environment variables every sf child gets. */
    public static final Map<String, String> CHILD_ENVIRONMENT = Map.of(
            "SF_DISABLE_AUTOUPDATE", "true",
            "SF_AUTOUPDATE_DISABLE", "true",
            "SF_DISABLE_TELEMETRY", "true",
            "SF_SKIP_NEW_VERSION_CHECK", "true",
            "FORCE_COLOR", "0",
            "TZ", "UTC");

    /** Nango's API key under its default name: no sf child gets it, whatever the goal. */
    public static final String NANGO_SECRET_KEY = "NANGO_SECRET_KEY";

    private static final long MAX_STDOUT = 64L * 1024 * 1024;
    private static final long MAX_STDERR = 1024L * 1024;
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Pattern WARNING = Pattern.compile("(?i)\\bwarning\\b");
    /** Marks the processes of one sf run, so that those left behind can be found after sf exits. */
    static final String RUN_VARIABLE = "ECA_SF_RUN";
    private static final long POLL_MS = 200;
    /** How long the output may stay open after sf exited before what holds it is stopped. */
    private static final long GRACE_MS = 2_000;

    private final Path workingDirectory;
    private final String configuredExecutable;
    private final Duration timeout;
    private final EcaLog log;
    private final boolean checkVersion;
    private final Set<String> withheld;
    private volatile Duration progressInterval = WaitProgress.INTERVAL;
    /** The folder a relative HOME is relative to, when sf runs elsewhere ({@link #in}); null to leave HOME as it is. */
    private volatile Path homeBase;
    private volatile String executable;
    private volatile String version;

    /**
     * @param workingDirectory the sfdx project root
     * @param executable {@code eca.sfExecutable}: a path or a command name; null or blank for {@code sf} on PATH
     * @param timeout {@code eca.sfTimeout}: how long one command may run
     */
    public ProcessSfCli(Path workingDirectory, String executable, Duration timeout, EcaLog log) {
        this(workingDirectory, executable, timeout, log, Set.of());
    }

    /**
     * @param secretVariables names of environment variables that hold a secret of the build (the Nango API key, an
     *     installation key) and that no sf child may see
     */
    public ProcessSfCli(Path workingDirectory, String executable, Duration timeout, EcaLog log,
                        Set<String> secretVariables) {
        this(workingDirectory, executable, timeout, log, true, secretVariables);
    }

    ProcessSfCli(Path workingDirectory, String executable, Duration timeout, EcaLog log, boolean checkVersion) {
        this(workingDirectory, executable, timeout, log, checkVersion, Set.of());
    }

    private ProcessSfCli(Path workingDirectory, String executable, Duration timeout, EcaLog log, boolean checkVersion,
                         Set<String> secretVariables) {
        this.workingDirectory = workingDirectory;
        this.configuredExecutable = executable == null || executable.isBlank() ? null : executable.strip();
        this.timeout = timeout;
        this.log = log;
        this.checkVersion = checkVersion;
        this.withheld = Set.copyOf(secretVariables);
    }

    /**
     * The environment of an sf child: this process's, without {@value #NANGO_SECRET_KEY} and the variables named in
     * {@code withheld} (sf is given an installation key on its command line, never through them), with
     * {@link #CHILD_ENVIRONMENT}. A variable sf reads itself ({@code SF_…}, {@code SFDX_…}, such as
     * {@code SF_ACCESS_TOKEN} for a login) stays even when named, since sf cannot work without it.
     */
    static void childEnvironment(Map<String, String> env, Set<String> withheld) {
        env.remove(NANGO_SECRET_KEY);
        for (String name : withheld) {
            if (name != null && !name.startsWith("SF_") && !name.startsWith("SFDX_")) {
                env.remove(name);
            }
        }
        env.putAll(CHILD_ENVIRONMENT);
    }

    @Override
    public SfCli in(Path otherDirectory) {
        ProcessSfCli other = new ProcessSfCli(otherDirectory, configuredExecutable, timeout, log, checkVersion,
                withheld);
        other.progressInterval = progressInterval;
        other.executable = executable; // what this one found and checked, so it is not looked up again
        other.version = version;
        other.homeBase = homeBase != null ? homeBase : workingDirectory;
        return other;
    }

    /**
     * Makes a relative {@code HOME} (where sf keeps its logins and aliases) relative to {@code base}, the folder it was
     * meant in, so an sf started in another folder still finds the same logins.
     */
    static void keepRelativeHome(Map<String, String> env, Path base) {
        String home = env.get("HOME");
        if (base != null && home != null && !home.isBlank() && !Path.of(home).isAbsolute()) {
            env.put("HOME", base.toAbsolutePath().resolve(home).normalize().toString());
        }
    }

    /** How often a running sf command gets a progress line ({@link WaitProgress#INTERVAL}; shorter in tests). */
    ProcessSfCli progressInterval(Duration interval) {
        this.progressInterval = interval;
        return this;
    }

    /** The sf version found by the check ({@code 2.129.8}), or null before the first command. */
    public String version() {
        return version;
    }

    @Override
    public SfResult run(SfCommand command) throws SfCliException {
        command.checkValues();
        checkTimeout();
        ensureUsable(command);
        return execute(command);
    }

    private void ensureUsable(SfCommand forCommand) throws SfCliException {
        if (executable == null) {
            executable = resolveExecutable(forCommand);
        }
        if (!checkVersion || version != null) {
            return;
        }
        Matcher installed = InstalledSfVersion.of(Path.of(executable)).map(VERSION::matcher).orElse(null);
        String found = installed != null && installed.find() ? installed.group(1) + "." + installed.group(2) + "."
                + installed.group(3) : askVersion(forCommand);
        if (compare(found, MINIMUM_VERSION) < 0) {
            throw new SfUnavailableException(forCommand, "sf " + found + " at " + executable + " is too old; this"
                    + " plugin needs " + MINIMUM_VERSION + " or later.", null);
        }
        version = found;
        log.debug(() -> "sf " + found + " at " + executable);
    }

    /** {@code sf version --json}: for an sf whose package.json is not where {@link InstalledSfVersion} looks. */
    private String askVersion(SfCommand forCommand) throws SfCliException {
        SfCommand v = SfCommand.of("version").withoutJsonFlag().flag("--json").build();
        SfResult r;
        try {
            r = execute(v);
        } catch (SfErrorException | SfOutputException e) {
            throw new SfUnavailableException(forCommand, "'" + executable + " version --json' did not answer like"
                    + " the Salesforce CLI " + MINIMUM_VERSION + " or later: " + e.getMessage(), e);
        }
        JsonNode cli = r.json().get("cliVersion");
        Matcher m = cli == null ? null : VERSION.matcher(cli.asText());
        if (m == null || !m.find()) {
            throw new SfUnavailableException(forCommand, "'" + executable + " version --json' did not name a"
                    + " Salesforce CLI version (it printed " + SfOutputParser.shown(v, r.stdout().strip()) + ").",
                    null);
        }
        return m.group(1) + "." + m.group(2) + "." + m.group(3);
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private String resolveExecutable(SfCommand command) throws SfUnavailableException {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String wanted = configuredExecutable != null ? configuredExecutable : windows ? "sf.cmd" : "sf";
        if (wanted.contains("/") || wanted.contains(File.separator)) {
            Path p = Path.of(wanted);
            if (!Files.isRegularFile(p)) {
                throw new SfUnavailableException(command, PropertyNames.SF_EXECUTABLE + " points at " + p
                        + ", which does not exist.", null);
            }
            if (!windows && !Files.isExecutable(p)) {
                throw new SfUnavailableException(command, PropertyNames.SF_EXECUTABLE + " points at " + p
                        + ", which is not executable.", null);
            }
            return p.toAbsolutePath().toString();
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir).resolve(wanted);
                if (Files.isRegularFile(candidate) && (windows || Files.isExecutable(candidate))) {
                    return candidate.toString();
                }
            }
        }
        throw new SfUnavailableException(command, "the Salesforce CLI ('" + wanted + "') is not on the PATH.", null);
    }

    private SfResult execute(SfCommand command) throws SfCliException {
        Finished f = start(command);
        SfResult result = SfOutputParser.parse(command, f.exit, f.stdout, f.stderr);
        if (!f.stderr.isBlank()) {
            String shown = SfOutputParser.shown(command, f.stderr.strip());
            if (WARNING.matcher(f.stderr).find()) {
                log.warn("sf " + command.name() + ": " + shown);
            } else {
                log.debug(() -> "sf " + command.name() + " stderr: " + shown);
            }
        }
        return result;
    }

    private record Finished(int exit, String stdout, String stderr) {
    }

    /** eca.sfTimeout must allow sf to run at all; checked before sf (or its version check) starts. */
    private void checkTimeout() throws SfParameterException {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new SfParameterException(PropertyNames.SF_TIMEOUT + " is "
                    + (timeout == null ? "empty" : timeout.toSeconds())
                    + "; it must be at least 1 second (it is how long one sf command may run).");
        }
    }

    /**
     * Starts sf. "Text file busy" (error 26) is retried a few times: while another thread of the JVM writes an
     * executable file (a parallel build writing a script, the plugin's own tests), a process forked at that moment
     * briefly holds the file open for writing, and exec of that file fails until the fork has exec'd.
     */
    private Process startProcess(ProcessBuilder pb, SfCommand command) throws SfCliException {
        for (int attempt = 1; ; attempt++) {
            try {
                return pb.start();
            } catch (IOException e) {
                boolean busy = e.getMessage() != null && e.getMessage().contains("error=26");
                if (!busy || attempt == 5) {
                    throw new SfUnavailableException(command, "could not start " + executable + ": " + e.getMessage()
                            + ".", e);
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new SfInterruptedException(command, ie);
                }
            }
        }
    }

    private Finished start(SfCommand command) throws SfCliException {
        List<String> argv = new ArrayList<>();
        argv.add(executable);
        argv.addAll(command.arguments());
        ProcessBuilder pb = new ProcessBuilder(argv).directory(workingDirectory.toFile());
        childEnvironment(pb.environment(), withheld);
        keepRelativeHome(pb.environment(), homeBase);
        String runId = UUID.randomUUID().toString();
        pb.environment().put(RUN_VARIABLE, runId);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        Duration limit = command.minimumTimeout() != null && command.minimumTimeout().compareTo(timeout) > 0
                ? command.minimumTimeout() : timeout;
        log.debug(() -> "Running " + command.display() + " in " + workingDirectory + " (timeout " + limit.toSeconds()
                + " s)");
        long started = System.nanoTime();
        WaitProgress progress = command.waitingFor() != null
                ? new WaitProgress(log, command.waitingFor(), command.waitLimit(), command.waitLimitName(),
                        progressInterval)
                : new WaitProgress(log, "sf " + command.name(), limit, PropertyNames.SF_TIMEOUT, progressInterval);
        Process process = startProcess(pb, command);
        Set<ProcessHandle> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread hook = new Thread(() -> {
            killTree(process);
            killStragglers(seen, runId);
        }, "eca-sf-kill");
        boolean hooked = addShutdownHook(hook);
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the child may already have exited; stdin is closed either way
        }
        Drain out = new Drain(process.getInputStream(), MAX_STDOUT, "eca-sf-stdout");
        Drain err = new Drain(process.getErrorStream(), MAX_STDERR, "eca-sf-stderr");
        try {
            long deadline = System.nanoTime() + limit.toNanos();
            // polled so that the processes sf starts are known even after sf exits and they are re-parented
            while (!process.waitFor(Math.min(POLL_MS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)),
                    TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(seen::add);
                progress.tick(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                if (System.nanoTime() - deadline >= 0) {
                    killTree(process);
                    killStragglers(seen, runId);
                    throw new SfTimeoutException(command, limit);
                }
            }
            // a process sf started may have inherited the pipes and keep them open after sf exited (the JDK may
            // also close our end when sf exits, so an open pipe is not the only sign): nothing outlives the call
            out.join(GRACE_MS);
            err.join(GRACE_MS);
            boolean open = out.isAlive() || err.isAlive();
            int stopped = killStragglers(seen, runId);
            if (open) {
                out.join(5_000);
                err.join(5_000);
            }
            if (stopped > 0 || open) {
                log.debug(() -> command.name() + " exited but left " + stopped + " process(es) running"
                        + (open ? " that kept its output open" : "") + "; stopped them");
            }
        } catch (InterruptedException e) {
            killTree(process);
            killStragglers(seen, runId);
            Thread.currentThread().interrupt();
            throw new SfInterruptedException(command, e);
        } finally {
            if (hooked) {
                removeShutdownHook(hook);
            }
        }
        int exit = process.exitValue();
        log.debug(() -> command.name() + " exited " + exit + " after "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
        if (out.truncated) {
            throw new SfOutputException(command, "sf " + command.name() + " printed more than " + MAX_STDOUT
                    + " bytes; refusing to parse it.", null);
        }
        String stdout = new String(out.bytes(), StandardCharsets.UTF_8);
        String stderr = new String(err.bytes(), StandardCharsets.UTF_8);
        return new Finished(exit, stdout, stderr);
    }

    /**
     * Kills what sf started and left running: the descendants seen while it ran, and (on Linux) every process whose
     * environment carries this run's marker, which a re-parented grandchild still has.
     *
     * @return how many were killed
     */
    static int killStragglers(Set<ProcessHandle> seen, String runId) {
        Set<ProcessHandle> targets = new HashSet<>();
        seen.stream().filter(ProcessHandle::isAlive).forEach(targets::add);
        byte[] marker = (RUN_VARIABLE + "=" + runId).getBytes(StandardCharsets.UTF_8);
        Path proc = Path.of("/proc");
        if (Files.isDirectory(proc)) {
            ProcessHandle.allProcesses().forEach(p -> {
                try {
                    byte[] env = Files.readAllBytes(proc.resolve(Long.toString(p.pid())).resolve("environ"));
                    if (contains(env, marker)) {
                        targets.add(p);
                    }
                } catch (IOException | SecurityException ignored) {
                    // not ours, or already gone
                }
            });
        }
        targets.remove(ProcessHandle.current());
        for (ProcessHandle p : targets) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (ProcessHandle p : targets) {
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // best effort; the pipes are given up below either way
            }
        }
        return targets.size();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (i > 0 && haystack[i - 1] != 0) {
                continue; // variables are NUL-separated; match only at the start of one
            }
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Kills the process and everything it started (descendants first, collected before the parent dies). */
    static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean addShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs now anyway
        }
    }

    /** Reads one stream to the end on its own thread so a full pipe never blocks sf. */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final long max;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private volatile boolean truncated;

        Drain(InputStream in, long max, String name) {
            super(name);
            this.in = in;
            this.max = max;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            byte[] chunk = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    if (buffer.size() + n > max) {
                        truncated = true;
                        continue; // keep draining so the child is not blocked
                    }
                    buffer.write(chunk, 0, n);
                }
            } catch (IOException ignored) {
                // the process was killed; what was read is kept
            }
        }

        byte[] bytes() {
            return buffer.toByteArray();
        }
    }
}
