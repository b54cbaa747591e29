package io.github.ecamaven.eca.sf;

/**
 * What a command without a JSON envelope printed ({@code api request rest}): exit code and both streams, unparsed.
 * stdout may hold secrets (a consumer secret), so never log it.
 */
public record SfRawOutput(int exitCode, String stdout, String stderr) {

    @Override
    public String toString() {
        return "exit " + exitCode; // the streams may hold secrets
    }
}
