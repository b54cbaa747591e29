package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.EcaException;

import java.util.List;

/** The configuration (or a file it needs, such as a certificate) is wrong; nothing was written. */
public final class GenerateConfigException extends EcaException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public GenerateConfigException(List<ConfigProblem> problems) {
        super(format(problems), null);
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String format(List<ConfigProblem> problems) {
        StringBuilder b = new StringBuilder();
        b.append(problems.size()).append(problems.size() == 1 ? " configuration problem" : " configuration problems")
                .append(", nothing was written:");
        for (ConfigProblem p : problems) {
            b.append("\n  ").append(p);
        }
        return b.toString();
    }

    @Override
    public Blame blame() {
        return Blame.CONTENT;
    }
}
