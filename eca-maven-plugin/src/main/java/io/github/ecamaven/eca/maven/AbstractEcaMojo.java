package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.StrictBoolean;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.maven.internal.MavenEcaLog;
import java.io.File;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every goal shares: the global skip, the sfdx project root, and the log adapter. */
public abstract class AbstractEcaMojo extends AbstractMojo {

    /**
     * Skips every goal of this plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.skip", defaultValue = "false")
    protected String skip;

    /**
     * Root of the sfdx project (the folder with {@code sfdx-project.json}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.projectDir", defaultValue = "${project.basedir}")
    protected File projectDir;

    /** The Maven project; read-only. Without a POM, Maven's stub project (no file, no basedir). */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The Maven session; read-only. Gives the folder Maven was started in when there is no POM. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (flag(skip, "skip", "eca.skip")) {
            getLog().info("Skipping eca:" + goalName() + " (eca.skip=true)");
            return;
        }
        Setting goalSkip = goalSkip();
        if (flag(goalSkip.value(), goalSkip.element(), skipProperty())) {
            getLog().info("Skipping eca:" + goalName() + " (" + skipProperty() + "=true)");
            return;
        }
        projectDir = projectRoot();
        run();
    }

    /**
     * Whether Maven runs without a POM, as for {@code mvn io.github.ecamaven:eca-maven-plugin:VERSION:validate} in a
     * plain sfdx folder: the stub project has no file, and expressions such as {@code ${project.build.directory}}
     * stay unresolved text.
     */
    protected boolean withoutPom() {
        return project == null || project.getFile() == null || project.getBasedir() == null;
    }

    /** The sfdx project root: {@code eca.projectDir}, else the POM's folder, else the folder Maven was started in. */
    private File projectRoot() {
        File dir = resolved(projectDir);
        if (dir == null) {
            dir = !withoutPom() ? project.getBasedir()
                    : session != null && session.getExecutionRootDirectory() != null
                            ? new File(session.getExecutionRootDirectory()) : new File("");
        }
        return dir.getAbsoluteFile();
    }

    /** {@code file}, or null when it is unset or an expression Maven could not resolve (no POM). */
    protected static File resolved(File file) {
        return file == null || file.getPath().contains("${") ? null : file;
    }

    /** The goal name, e.g. {@code validate}. */
    protected abstract String goalName();

    /** The property of the goal's own skip switch: {@code eca.packageVersionCreate.skip} for package-version-create. */
    protected String skipProperty() {
        return goalProperty("skip");
    }

    /** {@code eca.<goal in camel case>.<name>}, the property of a parameter in the goal's own namespace. */
    protected String goalProperty(String name) {
        StringBuilder b = new StringBuilder("eca.");
        boolean upper = false;
        for (char c : goalName().toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.append('.').append(name).toString();
    }

    /** The goal's own skip switch: its POM element and its value as written. */
    protected abstract Setting goalSkip();

    /** A parameter as the user wrote it: the POM element (the field name) and the text. */
    protected record Setting(String element, String value) {}

    /**
     * A boolean parameter, read strictly: {@code true} or {@code false} in any case; anything else fails the build
     * naming the element and the property (Maven itself would read a typo as false).
     */
    protected boolean flag(String value, String element, String property) throws MojoFailureException {
        return parseFlag(value, element, property);
    }

    /** {@link #flag(String, String, String)} for a parameter whose property is {@code eca.<goal>.<element>}. */
    protected boolean flag(String value, String element) throws MojoFailureException {
        return parseFlag(value, element, goalProperty(element));
    }

    /** A boolean parameter without a default ({@code eca.<goal>.<element>}): null when unset or blank. */
    protected Boolean optionalFlag(String value, String element) throws MojoFailureException {
        return value == null || value.isBlank() ? null : flag(value, element);
    }

    private boolean parseFlag(String value, String element, String property) throws MojoFailureException {
        try {
            return StrictBoolean.parse(value, "<" + element + "> (" + property + ")", false);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("eca:" + goalName() + " configuration: " + e.getMessage());
        }
    }

    /** The goal's work: one call into the Maven-free core plus exception translation. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    protected EcaLog ecaLog() {
        return new MavenEcaLog(getLog());
    }

    /** The build directory ({@code target}) even when the goal runs without a POM. */
    protected File buildDirectory() {
        if (!withoutPom() && project.getBuild() != null && project.getBuild().getDirectory() != null) {
            return new File(project.getBuild().getDirectory());
        }
        return new File(projectDir, "target");
    }
}
