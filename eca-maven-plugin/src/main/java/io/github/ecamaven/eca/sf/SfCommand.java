package io.github.ecamaven.eca.sf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One sf invocation as an argument list (never a shell string): the command words ({@code package version create}),
 * then flags in the order they were added, then {@code --json}. Values of secret flags (installation keys, tokens) are
 * kept out of {@link #toString()} and {@link #display()}, and {@link #mask(String)} removes them from any text, such
 * as what sf printed.
 *
 * <p>A flag's value that begins with {@code -} is refused before sf runs ({@link #checkValues}, called by every
 * {@link SfCli}), naming the goal parameter it came from ({@link SfOption#parameterOf}): sf (oclif) reads such a value as a flag, in either form, {@code --flag
 * value} or {@code --flag=value}; {@code -Deca.targetOrg=--json} would fail inside sf with "Flag --target-org expects
 * a value", and a value that is no flag of the command would go through as a value today and as a flag after an sf
 * update. Numbers and secrets are exempt: the plugin checks its numbers itself, and a secret is never shown.
 */
public final class SfCommand {

    /** What a masked secret looks like in logs and messages. */
    public static final String MASK = "******";

    private final List<String> words;
    private final List<String> arguments;
    private final Set<Integer> secretIndexes;
    private final Set<String> secrets;
    private final Duration minimumTimeout;
    private final String waitingFor;
    private final Duration waitLimit;
    private final String waitLimitName;
    private final boolean json;
    private final String refused;

    private SfCommand(Builder b) {
        this.words = List.copyOf(b.words);
        List<String> args = new ArrayList<>(b.words);
        args.addAll(b.flags);
        if (b.json) {
            args.add("--json");
        }
        this.arguments = Collections.unmodifiableList(args);
        Set<Integer> idx = new LinkedHashSet<>();
        for (int i : b.secretFlagIndexes) {
            idx.add(i + b.words.size());
        }
        this.secretIndexes = Collections.unmodifiableSet(idx);
        this.secrets = Collections.unmodifiableSet(new LinkedHashSet<>(b.secrets));
        this.minimumTimeout = b.minimumTimeout;
        this.waitingFor = b.waitingFor;
        this.waitLimit = b.waitLimit;
        this.waitLimitName = b.waitLimitName;
        this.json = b.json;
        this.refused = b.refused;
    }

    /** Starts a command from its words, e.g. {@code of("package", "version", "create")}. */
    public static Builder of(String... words) {
        return new Builder(List.of(words));
    }

    /**
     * Refuses the command before sf runs when a flag's value begins with {@code -}.
     *
     * @throws SfParameterException naming the goal parameter and the value
     */
    public void checkValues() throws SfParameterException {
        if (refused != null) {
            throw new SfParameterException(refused);
        }
    }

    /** The command words, e.g. {@code [package, version, create]}. */
    public List<String> words() {
        return words;
    }

    /** {@code package version create}. */
    public String name() {
        return String.join(" ", words);
    }

    /** The full argument list after the executable, ending in {@code --json}; contains secrets in clear. */
    public List<String> arguments() {
        return arguments;
    }

    /** Whether {@code --json} is appended (it is, except for {@code sf version}, which prints bare JSON anyway). */
    public boolean json() {
        return json;
    }

    /** What the goal waits for while this command runs ({@code the deploy to my-org}), or null: the command. */
    public String waitingFor() {
        return waitingFor;
    }

    /** How long sf waits ({@code --wait}), or null when the command has no wait of its own. */
    public Duration waitLimit() {
        return waitLimit;
    }

    /** The parameter that sets {@link #waitLimit()} ({@code eca.wait}), or null. */
    public String waitLimitName() {
        return waitLimitName;
    }

    /** A timeout this command needs at least (e.g. {@code --wait 20} needs more than 20 minutes), or null. */
    public Duration minimumTimeout() {
        return minimumTimeout;
    }

    /** The secret values in this command (for masking other texts). */
    public Set<String> secrets() {
        return secrets;
    }

    /** The value of a flag, or null; for tests and messages. Secret values are returned in clear. */
    public String option(String flag) {
        int i = arguments.indexOf(flag);
        return i >= 0 && i + 1 < arguments.size() ? arguments.get(i + 1) : null;
    }

    /** Whether the argument list contains {@code flag}. */
    public boolean has(String flag) {
        return arguments.contains(flag);
    }

    /** The command line for logs: {@code sf package version create --installation-key ****** …}, quoted for a shell. */
    public String display() {
        StringBuilder b = new StringBuilder("sf");
        for (int i = 0; i < arguments.size(); i++) {
            b.append(' ');
            b.append(secretIndexes.contains(i) ? MASK : quote(arguments.get(i)));
        }
        return b.toString();
    }

    /** {@code text} with every secret value of this command replaced by {@value #MASK}. */
    public String mask(String text) {
        return Secrets.mask(text, secrets);
    }

    @Override
    public String toString() {
        return display();
    }

    private static String quote(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Builds an {@link SfCommand}; null values leave their flag out. */
    public static final class Builder {
        private final List<String> words;
        private final List<String> flags = new ArrayList<>();
        private final List<Integer> secretFlagIndexes = new ArrayList<>();
        private final List<String> secrets = new ArrayList<>();
        private Duration minimumTimeout;
        private String waitingFor;
        private Duration waitLimit;
        private String waitLimitName;
        private boolean json = true;
        private String refused;

        private Builder(List<String> words) {
            if (words.isEmpty()) {
                throw new IllegalArgumentException("an sf command needs at least one word");
            }
            this.words = words;
        }

        /**
         * {@code flag value}, left out when {@code value} is null or blank; a value that begins with {@code -} (and
         * is no number) is refused by {@link SfCommand#checkValues}.
         */
        public Builder option(String flag, String value) {
            if (value != null && !value.isBlank()) {
                if (refused == null && value.startsWith("-") && !value.matches("-\\d+")) {
                    refused = SfOption.parameterOf(words, flag) + " is '" + value + "', which begins with '-': sf"
                            + " would read it as a flag, not as the value of " + flag + "; give the value without the"
                            + " leading dash";
                }
                flags.add(flag);
                flags.add(value);
            }
            return this;
        }

        /** {@code flag value} for a number. */
        public Builder option(String flag, long value) {
            return option(flag, Long.toString(value));
        }

        /** A boolean flag, present when {@code on}. */
        public Builder flag(String flag, boolean on) {
            if (on) {
                flags.add(flag);
            }
            return this;
        }

        /** A boolean flag. */
        public Builder flag(String flag) {
            return flag(flag, true);
        }

        /** {@code flag value} whose value is a secret: masked in {@link #display()} and in every text. */
        public Builder secret(String flag, Secret value) {
            if (value != null) {
                flags.add(flag);
                secretFlagIndexes.add(flags.size());
                flags.add(value.reveal());
                secrets.add(value.reveal());
            }
            return this;
        }

        /** The process must get at least this long before the timeout kills it. */
        public Builder minimumTimeout(Duration timeout) {
            this.minimumTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * What the goal waits for while sf runs and how long sf waits at most, for the progress line
         * ({@link WaitProgress}); {@code limitName} is the parameter that sets the limit.
         */
        public Builder waitsFor(String what, Duration limit, String limitName) {
            this.waitingFor = Objects.requireNonNull(what);
            this.waitLimit = Objects.requireNonNull(limit);
            this.waitLimitName = limitName;
            return this;
        }

        /** Leaves out {@code --json} (only for {@code sf version}, which prints bare JSON). */
        public Builder withoutJsonFlag() {
            this.json = false;
            return this;
        }

        public SfCommand build() {
            return new SfCommand(this);
        }
    }
}
