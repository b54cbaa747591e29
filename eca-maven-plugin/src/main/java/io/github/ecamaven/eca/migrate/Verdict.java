package io.github.ecamaven.eca.migrate;

/**
 * What happens to one Connected App.
 *
 * @param outcome convert, skip or refuse
 * @param rule the rule that decided ({@code E1} … {@code E12} of {@link Eligibility} and the converter, {@code NAME}, {@code VALUE},
 *     {@code SCHEMA}, {@code XML}); null for a plain conversion
 * @param reason why, for people
 */
public record Verdict(Outcome outcome, String rule, String reason) {

    /** The three outcomes. */
    public enum Outcome {
        CONVERT,
        SKIP,
        REFUSE
    }

    public static final Verdict CONVERT = new Verdict(Outcome.CONVERT, null, "eligible");

    public static Verdict skip(String rule, String reason) {
        return new Verdict(Outcome.SKIP, rule, reason);
    }

    public static Verdict refuse(String rule, String reason) {
        return new Verdict(Outcome.REFUSE, rule, reason);
    }
}
