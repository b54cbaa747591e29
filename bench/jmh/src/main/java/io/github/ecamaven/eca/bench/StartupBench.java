package io.github.ecamaven.eca.bench;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.ValidationRequest;
import io.github.ecamaven.eca.validate.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up: the first validation in a fresh JVM, i.e. everything the plugin initialises (JAXB, Jackson, the rule
 * catalogue, the XML parser) on top of the work itself. One shot per fork, many forks. {@link WriteFixture} writes
 * the fixture beforehand, in its own JVM, so that writing it does not warm these classes up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBench {

    private Path project;

    @Setup
    public void setUp() throws Exception {
        project = WriteFixture.DIR.toAbsolutePath();
        if (!Files.isDirectory(project.resolve("force-app"))) {
            throw new IllegalStateException("no fixture in " + project + "; run " + WriteFixture.class.getName()
                    + " first (the exec execution 'fixture' of bench/jmh does)");
        }
    }

    @Benchmark
    public ValidationResult firstValidation() throws Exception {
        return EcaValidator.validate(ValidationRequest.of(project), EcaLog.NONE);
    }
}
