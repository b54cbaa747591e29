package io.github.ecamaven.eca.testing;

import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfOutputParser;
import io.github.ecamaven.eca.sf.SfResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The one fake sf of the unit tests: records every command and answers with queued fixtures, parsed exactly as the
 * real gateway parses sf's stdout, or with one answer for every call ({@link #answering}). A call nothing answers
 * fails the test.
 */
public final class FakeSfCli implements SfCli {

    /** What one sf call returns (or throws). */
    public interface Answer {
        SfResult answer(SfCommand command) throws Exception;
    }

    /** Every command run, in order. */
    public final List<SfCommand> commands = new ArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private Answer always;

    /** A fake that answers every call with {@code answer}. */
    public static FakeSfCli answering(Answer answer) {
        FakeSfCli f = new FakeSfCli();
        f.always = answer;
        return f;
    }

    public FakeSfCli then(String fixture) {
        return then(0, fixture);
    }

    public FakeSfCli then(int exitCode, String fixture) {
        answers.add(c -> SfFixtures.parse(c, exitCode, fixture));
        return this;
    }

    public FakeSfCli thenStderr(int exitCode, String stderrFixture) {
        answers.add(c -> SfOutputParser.parse(c, exitCode, "", SfFixtures.text(stderrFixture)));
        return this;
    }

    public FakeSfCli then(Answer a) {
        answers.add(a);
        return this;
    }

    @Override
    public SfResult run(SfCommand command) throws SfCliException {
        command.checkValues(); // as every SfCli does, before anything starts
        commands.add(command);
        Answer a = always != null ? always : answers.poll();
        if (a == null) {
            throw new AssertionError("unexpected sf call: " + command.display());
        }
        try {
            return a.answer(command);
        } catch (SfCliException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The working directories {@link #in} was asked for, in order; the fake stays itself there. */
    public final List<java.nio.file.Path> directories = new ArrayList<>();

    @Override
    public SfCli in(java.nio.file.Path workingDirectory) {
        directories.add(workingDirectory);
        return this;
    }

    /** The arguments of the {@code i}-th command. */
    public List<String> argv(int i) {
        return commands.get(i).arguments();
    }
}
