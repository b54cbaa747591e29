package io.github.ecamaven.eca.packaging;

import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfFixtures;
import io.github.ecamaven.eca.sf.SfOutputParser;
import io.github.ecamaven.eca.sf.SfResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Records every command and answers with queued fixtures, parsed exactly as the real gateway parses sf's stdout. */
final class FakeSfCli implements SfCli {

    interface Answer {
        SfResult answer(SfCommand command) throws Exception;
    }

    final List<SfCommand> commands = new ArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();

    FakeSfCli then(String fixture) {
        return then(0, fixture);
    }

    FakeSfCli then(int exitCode, String fixture) {
        answers.add(c -> SfFixtures.parse(c, exitCode, fixture));
        return this;
    }

    FakeSfCli thenStderr(int exitCode, String stderrFixture) {
        answers.add(c -> SfOutputParser.parse(c, exitCode, "", SfFixtures.text(stderrFixture)));
        return this;
    }

    FakeSfCli then(Answer a) {
        answers.add(a);
        return this;
    }

    @Override
    public SfResult run(SfCommand command) throws SfCliException {
        commands.add(command);
        Answer a = answers.poll();
        if (a == null) {
            throw new AssertionError("unexpected sf call: " + command.display());
        }
        try {
            return a.answer(command);
        } catch (SfCliException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    List<String> argv(int i) {
        return commands.get(i).arguments();
    }
}
