package io.github.ecamaven.eca.sf;

/**
 * The one way the plugin runs the Salesforce CLI. Implementations always ask for {@code --json}, parse stdout only,
 * and turn every way sf can fail into an {@link SfCliException}.
 *
 * <p>What {@link #run} guarantees:
 * <ul>
 *   <li>an sf error envelope ({@code {"name": …, "message": …}}) → {@link SfErrorException}, classified by its
 *       {@code name}, never by its message text;</li>
 *   <li>no JSON but a {@code Code: <Name>} line on stderr (RequiresProjectError) → {@link SfErrorException} too;</li>
 *   <li>a success-shaped envelope is returned <em>whatever its {@code status}</em>: sf prints {@code "status": 1}
 *       with a result for a deploy with component failures, and exits 0 for a Failed retrieve or an
 *       IN_PROGRESS install, so callers must look at {@link SfResult#status()} and the result's fields; but exit 0
 *       with a {@code status} other than 0, or exit 0 with output on stderr only, is an {@link SfOutputException};</li>
 *   <li>sf missing, too old, or not knowing the command → {@link SfUnavailableException};</li>
 *   <li>anything else that is not JSON → {@link SfOutputException} showing what sf printed (secrets masked);</li>
 *   <li>timeout → {@link SfTimeoutException}; interrupted → {@link SfInterruptedException} (the child is killed).</li>
 * </ul>
 */
public interface SfCli {

    /** Runs one sf command with {@code --json}; first {@link SfCommand#checkValues}, before anything starts. */
    SfResult run(SfCommand command) throws SfCliException;

    /**
     * The same sf, run in {@code workingDirectory} (another sfdx project, such as a staging copy the plugin wrote):
     * sf finds its project, and the {@code --source-dir} paths, from the working directory. A gateway that runs no
     * process (a test's) stays itself.
     */
    default SfCli in(java.nio.file.Path workingDirectory) {
        return this;
    }
}
