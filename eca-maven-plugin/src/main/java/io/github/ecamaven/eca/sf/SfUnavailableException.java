package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.failure.Blame;

import io.github.ecamaven.eca.config.PropertyNames;
/** sf is not installed, cannot be started, is too old, or does not know the command. */
public final class SfUnavailableException extends SfCliException {

    private static final long serialVersionUID = 1L;

    /** How to fix it; appended to every message of this class. */
    public static final String HOW_TO_INSTALL = "Install the Salesforce CLI with 'npm install --global @salesforce/cli'"
            + " (Node.js 20 or later), or point the plugin at an existing one with -D" + PropertyNames.SF_EXECUTABLE
            + "=/path/to/sf"
            + " (<sfExecutable> in the POM).";

    public SfUnavailableException(SfCommand command, String problem, Throwable cause) {
        super(command, problem + " " + HOW_TO_INSTALL, cause);
    }

    @Override
    public Blame blame() {
        return Blame.ENVIRONMENT;
    }
}
