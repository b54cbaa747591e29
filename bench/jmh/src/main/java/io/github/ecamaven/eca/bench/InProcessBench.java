package io.github.ecamaven.eca.bench;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.ValidationRequest;
import io.github.ecamaven.eca.validate.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Steady-state cost of the in-process parts, per call: parse one file, validate one app, generate one app. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class InProcessBench {

    private Path project;
    private Path appFile;
    private byte[] appXml;

    /** An empty directory per call, for the from-scratch generate only (its set-up is not timed). */
    @State(Scope.Thread)
    public static class Scratch {
        Path dir;

        @Setup(Level.Invocation)
        public void create() throws Exception {
            dir = Files.createTempDirectory("eca-bench-gen");
        }

        @TearDown(Level.Invocation)
        public void drop() throws Exception {
            delete(dir);
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        project = Files.createTempDirectory("eca-bench-app");
        OneApp.generate(project);
        appFile = OneApp.appFile(project);
        appXml = Files.readAllBytes(appFile);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        delete(project);
    }

    @Benchmark
    public Object parseOneFile() throws Exception {
        return MetadataXml.read(appFile, appXml);
    }

    @Benchmark
    public ValidationResult validateOneApp() throws Exception {
        return EcaValidator.validate(ValidationRequest.of(project), EcaLog.NONE);
    }

    @Benchmark
    public Object generateOneAppFromScratch(Scratch scratch) throws Exception {
        return new io.github.ecamaven.eca.generate.EcaGenerator(EcaLog.NONE).generate(OneApp.request(scratch.dir));
    }

    @Benchmark
    public Object generateOneAppUpToDate() throws Exception {
        return new io.github.ecamaven.eca.generate.EcaGenerator(EcaLog.NONE).generate(OneApp.request(project));
    }

    static void delete(Path dir) throws Exception {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
