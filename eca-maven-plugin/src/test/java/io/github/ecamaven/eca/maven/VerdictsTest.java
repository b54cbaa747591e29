package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.credentials.CredentialsException;
import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.failure.EcaFailure;
import io.github.ecamaven.eca.failure.Failures;
import io.github.ecamaven.eca.generate.ConfigProblem;
import io.github.ecamaven.eca.generate.GenerateConfigException;
import io.github.ecamaven.eca.migrate.MigrationException;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.FileWriteException;
import io.github.ecamaven.eca.model.io.OutputPathException;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import io.github.ecamaven.eca.orgsync.OrgSyncException;
import io.github.ecamaven.eca.packaging.PackagingException;
import io.github.ecamaven.eca.packaging.VersionCreateTimeoutException;
import io.github.ecamaven.eca.project.SfdxProjectException;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfErrorException;
import io.github.ecamaven.eca.sf.SfInterruptedException;
import io.github.ecamaven.eca.sf.SfOutputException;
import io.github.ecamaven.eca.sf.SfParameterException;
import io.github.ecamaven.eca.sf.SfTimeoutException;
import io.github.ecamaven.eca.sf.SfUnavailableException;
import io.github.ecamaven.eca.validate.BaselineException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one error model, checked on every exception type the cores and {@code eca-model} have — found by scanning their
 * classes, so a new type fails here until it has a sample: it says who is to blame, and the translation every goal
 * shares turns the user's content or configuration into MojoFailureException and a broken environment into
 * MojoExecutionException, both with the exception as cause and a message that starts with the goal.
 */
class VerdictsTest {

    private static final SfCommand CMD = SfCommand.of("package", "version", "create")
            .secret("--installation-key", Secret.of("s3cret-key")).build();

    private static SfErrorException sfError(String name, int exit) {
        return new SfErrorException(CMD, exit, name, null, "it went wrong with s3cret-key", List.of(),
                MissingNode.getInstance());
    }

    /** One instance per blame a type can have, with that blame. */
    private static Map<Exception, Blame> samples() throws Exception {
        Map<Exception, Blame> s = new LinkedHashMap<>();
        s.put(new ConfigurationException("<check> (eca.generate.check): 'maybe' is not a boolean; write true or false"),
                Blame.CONTENT);
        s.put(sfError("PackageVersionCreateError", 1), Blame.CONTENT);
        s.put(sfError("NoDefaultDevHubError", 1), Blame.ENVIRONMENT);
        s.put(sfError("AnyError", 2), Blame.ENVIRONMENT);
        s.put(new SfInterruptedException(CMD, new InterruptedException()), Blame.ENVIRONMENT);
        s.put(new SfOutputException(CMD, "sf printed no JSON", null), Blame.ENVIRONMENT);
        s.put(new SfParameterException("eca.packageInstall.securityType is 'Everyone'; use AdminsOnly or AllUsers"),
                Blame.CONTENT);
        s.put(new SfTimeoutException(CMD, Duration.ofSeconds(5)), Blame.ENVIRONMENT);
        s.put(new SfUnavailableException(CMD, "sf not found.", null), Blame.ENVIRONMENT);
        s.put(PackagingException.content("the packaging checks failed; fix the findings above"), Blame.CONTENT);
        s.put(PackagingException.environment("SF_KEY is not set; set it where the build runs"), Blame.ENVIRONMENT);
        s.put(new VersionCreateTimeoutException("still building; resume with eca:package-version-report", "08c1"),
                Blame.CONTENT);
        s.put(new CredentialsException("the app is not Local; credentials are for Local apps", false), Blame.CONTENT);
        s.put(new CredentialsException("Nango refused the key; check NANGO_SECRET_KEY", true), Blame.ENVIRONMENT);
        s.put(new SfdxProjectException(Path.of("sfdx-project.json"), 3, 7, "a comment; remove it", null),
                Blame.CONTENT);
        s.put(new MigrationException("no Connected App named X; check eca.appNames"), Blame.CONTENT);
        s.put(new io.github.ecamaven.eca.doctor.DoctorException("2 check(s) failed; each fix is above"), Blame.CONTENT);
        s.put(new OrgSyncException("the org lacks Nango_oauth; deploy it first"), Blame.CONTENT);
        s.put(new GenerateConfigException(List.of(new ConfigProblem("Nango", "<scopes>", "unknown scope"))),
                Blame.CONTENT);
        s.put(new BaselineException("eca-validate-baseline.txt:1:1: not UTF-8; save it as UTF-8", null),
                Blame.CONTENT);
        Constructor<?> bad = Class.forName("io.github.ecamaven.eca.generate.PemCertificate$BadCertificate")
                .getDeclaredConstructor(String.class);
        bad.setAccessible(true);
        s.put((Exception) bad.newInstance("x.crt is not PEM; convert it"), Blame.CONTENT);
        s.put(new UnreadableFileException(Path.of("a.xml"), 1, 1, "not UTF-8; save it as UTF-8", null),
                Blame.CONTENT);
        s.put(new EcaXmlException(Path.of("a.eca-meta.xml"), 2, 5, "unknown element; remove it", null),
                Blame.CONTENT);
        s.put(new OutputPathException("<reportDirectory> is the project root; name a folder under target"),
                Blame.CONTENT);
        s.put(new FileWriteException("cannot write a.xml: the disk is full", new IOException("ENOSPC")),
                Blame.ENVIRONMENT);
        return s;
    }

    @Test
    void everyExceptionTypeHasASampleAndSaysWhoIsToBlame() throws Exception {
        Set<Class<?>> sampled = new java.util.HashSet<>();
        samples().keySet().forEach(e -> sampled.add(e.getClass()));
        List<String> problems = new ArrayList<>();
        List<Class<?>> plugin = exceptionTypes(classesOf(AbstractEcaMojo.class), "io/github/ecamaven/eca/");
        List<Class<?>> model = exceptionTypes(classesOf(UnreadableFileException.class), "io/github/ecamaven/eca/");
        assertThat(plugin).as("exception types of the plugin").hasSizeGreaterThan(15);
        assertThat(model).as("exception types of eca-model").contains(FileWriteException.class);
        for (Class<?> c : plugin) {
            if (c.getName().startsWith("io.github.ecamaven.eca.maven.")) {
                continue; // the goals themselves throw Maven's two verdicts
            }
            if (!EcaFailure.class.isAssignableFrom(c)) {
                problems.add(c.getName() + ": does not say who is to blame (extend EcaException or implement"
                        + " EcaFailure)");
            }
        }
        for (Class<?> c : model) {
            if (Stream.concat(Failures.MODEL_CONTENT.stream(), Failures.MODEL_ENVIRONMENT.stream())
                    .noneMatch(k -> k.isAssignableFrom(c))) {
                problems.add(c.getName() + ": placed neither in Failures.MODEL_CONTENT nor MODEL_ENVIRONMENT");
            }
        }
        for (Class<?> c : Stream.concat(plugin.stream(), model.stream()).toList()) {
            if (!Modifier.isAbstract(c.getModifiers()) && !c.getName().startsWith("io.github.ecamaven.eca.maven.")
                    && !sampled.contains(c)) {
                problems.add(c.getName() + ": no sample in VerdictsTest.samples()");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void contentFailsTheBuildAndTheEnvironmentIsAnErrorWithItsCauseAndTheGoalFirst() throws Exception {
        for (Map.Entry<Exception, Blame> s : samples().entrySet()) {
            Exception e = s.getKey();
            String what = e.getClass().getSimpleName() + " " + s.getValue();
            assertThat(Failures.blame(e)).as(what).isEqualTo(s.getValue());
            Exception verdict = Verdicts.of("deploy", e);
            assertThat(verdict).as(what).isInstanceOf(s.getValue() == Blame.CONTENT ? MojoFailureException.class
                    : MojoExecutionException.class).hasCause(e);
            assertThat(verdict.getMessage()).as(what).isEqualTo("eca:deploy: " + e.getMessage())
                    .doesNotContain("s3cret-key");
        }
    }

    @Test
    void theJdksExceptionsAreTheEnvironmentsInWords() {
        IOException io = new IOException("disk full");
        assertThat(Verdicts.of("migrate", io)).isInstanceOf(MojoExecutionException.class).hasCause(io)
                .hasMessage("eca:migrate: could not read or write a file (java.io.IOException: disk full); check that"
                        + " the path exists and that the build may read and write there");
        IllegalStateException bug = new IllegalStateException("bug");
        assertThat(Verdicts.of("check", bug)).isInstanceOf(MojoExecutionException.class).hasCause(bug)
                .hasMessage("eca:check: java.lang.IllegalStateException: bug");
    }

    @Test
    void aGoalsOwnVerdictKeepsItsTypeAndGetsTheGoalOnce() {
        MojoFailureException failure = new MojoFailureException("found 3 new finding(s); fix them");
        assertThat(Verdicts.of("validate", failure)).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:validate: found 3 new finding(s); fix them");
        MojoExecutionException error = new MojoExecutionException("Server 'k' in settings.xml has no password.");
        assertThat(Verdicts.of("package-install", error)).isInstanceOf(MojoExecutionException.class)
                .hasMessage("eca:package-install: Server 'k' in settings.xml has no password.");
        MojoFailureException named = new MojoFailureException("eca:check: the files differ from the configuration");
        assertThat(Verdicts.of("check", named)).hasMessage("eca:check: the files differ from the configuration");
    }

    /** The same mistake, the same verdict: a validation profile that is none, in eca:validate and eca:generate. */
    @Test
    @ExtendWith(GoalExtension.class)
    void aBadProfileFailsTheBuildInValidateAndInGenerateAlike(Goals goals) {
        goals.property(PropertyNames.VALIDATE_PROFILE, "strict"); // one property, read by both goals
        ValidateMojo validate = goals.goal("validate");
        GenerateMojo generate = goals.goal("generate");
        String says = "<profile> (eca.validate.profile) is 'strict', which is no validation profile; use default,"
                + " nango or isv";
        assertThatThrownBy(validate::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:validate: " + says).hasCauseInstanceOf(ConfigurationException.class);
        assertThatThrownBy(generate::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("eca:generate: " + says).hasCauseInstanceOf(ConfigurationException.class);
    }

    /** The folder or jar that holds {@code type}'s class. */
    private static Path classesOf(Class<?> type) throws URISyntaxException {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Every Exception class below {@code prefix} in a classes folder or a jar. */
    private static List<Class<?>> exceptionTypes(Path root, String prefix) throws Exception {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root.resolve(prefix))) {
                s.map(p -> root.relativize(p).toString().replace('\\', '/')).filter(n -> n.endsWith(".class"))
                        .forEach(names::add);
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.startsWith(prefix) && n.endsWith(".class")).forEach(names::add);
            }
        }
        List<Class<?>> out = new ArrayList<>();
        ClassLoader loader = VerdictsTest.class.getClassLoader();
        for (String n : names) {
            Class<?> c = Class.forName(n.substring(0, n.length() - ".class".length()).replace('/', '.'), false, loader);
            if (Exception.class.isAssignableFrom(c)) { // an Error is no failure a goal translates
                out.add(c);
            }
        }
        return out;
    }
}
