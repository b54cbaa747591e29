package io.github.ecamaven.eca.bench;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.ValidationRequest;
import io.github.ecamaven.eca.project.ProjectScanner;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What eca:validate initialises, phase by phase, in a fresh JVM: wall and CPU time of the calling thread and the
 * classes each phase loads. Run once per JVM (bench/profile.sh); the first phase to touch a library pays for it.
 * Usage: {@code ColdPhases <sfdx project dir>}.
 */
public final class ColdPhases {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private ColdPhases() {}

    interface Phase {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        // inside the project: the validator writes reports only there (or in its build directory)
        Path reports = Files.createDirectories(root.resolve("target/eca-bench-reports"));
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %8s %9s %12s%n", "phase (cold, in this order)", "wall ms",
                "cpu ms", "classes", "heap MB", "allocated MB");
        phase("SfdxProject.inspect(sfdx-project.json)", () -> SfdxProject.inspect(root.resolve("sfdx-project.json")));
        phase("JAXBContext of the model (MetadataXml init)", MetadataXml::knownRootElements);
        phase("ProjectScanner.scan (walk + read ECA files)", () -> ProjectScanner.scan(root, List.of()));
        phase("EcaValidator.validate, reports (1st)", () -> EcaValidator.validate(
                ValidationRequest.of(root).withReportDir(reports), EcaLog.NONE));
        phase("EcaValidator.validate, reports (2nd)", () -> EcaValidator.validate(
                ValidationRequest.of(root).withReportDir(reports), EcaLog.NONE));
    }

    private static void phase(String name, Phase p) throws Exception {
        long c0 = CLASSES.getTotalLoadedClassCount();
        long t0 = System.nanoTime();
        long u0 = THREADS.getCurrentThreadCpuTime();
        long a0 = THREADS.getCurrentThreadAllocatedBytes();
        p.run();
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - a0;
        long cpu = THREADS.getCurrentThreadCpuTime() - u0;
        long wall = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "%-44s %9.0f %9.0f %8d %9d %12.1f%n", name, wall / 1e6,
                cpu / 1e6, CLASSES.getTotalLoadedClassCount() - c0, MEMORY.getHeapMemoryUsage().getUsed() >> 20,
                allocated / 1e6);
    }
}
