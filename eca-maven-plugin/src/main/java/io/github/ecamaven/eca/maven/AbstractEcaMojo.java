package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.config.ParameterValues;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.config.StrictBoolean;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.maven.internal.MavenEcaLog;
import java.io.File;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
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
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    protected String skip;

    /**
     * Root of the sfdx project (the folder with {@code sfdx-project.json}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PROJECT_DIRECTORY, defaultValue = "${project.basedir}")
    protected File projectDirectory;

    /** The Maven project; read-only. Without a POM, Maven's stub project (no file, no basedir). */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The Maven session; read-only. Gives the folder Maven was started in when there is no POM. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** This run of the goal; read-only. Its descriptor tells which property sets which parameter. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    /** Runs the goal; whatever it fails with is translated here, in {@link Verdicts}, for every goal. */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            StrictConfiguration.refuse(mojoExecution, session, withoutPom() ? null : project);
            Setting goalSkip = goalSkip();
            String skippedBy = flag(skip, PropertyNames.SKIP) ? PropertyNames.SKIP
                    : StrictBoolean.parse(goalSkip.value(), "<" + goalSkip.element() + "> (" + goalSkip.property()
                            + ")", false) ? goalSkip.property() : null;
            if (skippedBy != null) {
                getLog().info("Skipping eca:" + goalName() + " (" + skippedBy + "=true)");
                return;
            }
            EmptyValues.refuse(this, mojoExecution, name -> EmptyValues.propertyOfTheBuild(name, session, project));
            projectDirectory = projectRoot();
            run();
        } catch (Exception e) {
            Verdicts.fail(goalName(), e);
        }
    }

    /** A list parameter's items, stripped, empty when unset; an empty item is a ConfigurationException naming it. */
    protected List<String> list(List<String> items, String property) {
        return ParameterValues.list(PropertyNames.describe(property), items);
    }

    /**
     * Whether Maven runs without a POM, as for {@code mvn io.github.ecamaven:eca-maven-plugin:VERSION:validate} in a
     * plain sfdx folder: the stub project has no file, and expressions such as {@code ${project.build.directory}}
     * stay unresolved text.
     */
    protected boolean withoutPom() {
        return project == null || project.getFile() == null || project.getBasedir() == null;
    }

    /** The sfdx project root: {@code eca.projectDirectory}, else the POM's folder, else where Maven was started. */
    private File projectRoot() {
        File dir = resolved(projectDirectory);
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

    /** The goal's own skip switch: its POM element, its value as written and its property. */
    protected abstract Setting goalSkip();

    /** A parameter as the user wrote it: the POM element (the field name), the text and its property. */
    protected record Setting(String element, String value, String property) {}

    /**
     * A boolean parameter, read strictly: {@code true} or {@code false} in any case; anything else is a
     * ConfigurationException naming the element and the property (Maven itself would read a typo as false). The
     * element is the property's last segment (see {@link PropertyNames}).
     */
    protected boolean flag(String value, String property) {
        return StrictBoolean.parse(value, PropertyNames.describe(property), false);
    }

    /** A boolean parameter without a default: null when unset or blank. */
    protected Boolean optionalFlag(String value, String property) {
        return value == null || value.isBlank() ? null : flag(value, property);
    }

    /**
     * The goal's work: one call into the Maven-free core. It lets the core's exceptions go: {@link #execute()}
     * translates them.
     */
    protected abstract void run() throws Exception;

    protected EcaLog ecaLog() {
        return new MavenEcaLog(getLog());
    }

    /** The build directory ({@code target}) even when the goal runs without a POM. */
    protected File buildDirectory() {
        if (!withoutPom() && project.getBuild() != null && project.getBuild().getDirectory() != null) {
            return new File(project.getBuild().getDirectory());
        }
        return new File(projectDirectory, ProjectPaths.DEFAULT_BUILD_DIRECTORY);
    }
}
