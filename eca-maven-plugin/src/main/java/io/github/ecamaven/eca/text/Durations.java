package io.github.ecamaven.eca.text;

import io.github.ecamaven.eca.failure.ConfigurationException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a goal waits ({@code eca.wait}): ISO-8601 ({@code PT20S}, {@code PT1M30S}), short ({@code 90s},
 * {@code 10m}, {@code 1h}, {@code 1m30s}), or a bare number of minutes ({@code 20}, what the parameter has always
 * meant). sf's own {@code --wait} takes whole minutes only, so {@link #wholeMinutes} rounds up for it. A wait
 * longer than {@link #MAX} is refused with the range, before any arithmetic on it can overflow.
 */
public final class Durations {

    private static final Pattern BARE = Pattern.compile("\\d+");
    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    /** The longest wait a goal accepts: a week, far beyond any package build sf reports on. */
    public static final Duration MAX = Duration.ofDays(7);

    private Durations() {}

    /**
     * Parses {@code text} given to {@code property}; a bare number is minutes.
     *
     * @throws ConfigurationException naming the property, the value and the accepted forms
     */
    public static Duration parse(String property, String text) {
        Duration d;
        try {
            d = parseUnchecked(property, text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw tooLong(property, text); // digits only, so too many of them
        }
        if (d.compareTo(MAX) > 0) {
            throw tooLong(property, text);
        }
        return d;
    }

    private static Duration parseUnchecked(String property, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (BARE.matcher(t).matches()) {
            return Duration.ofMinutes(Long.parseLong(t));
        }
        if (t.startsWith("p")) {
            try {
                Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
                if (!d.isNegative()) {
                    return d;
                }
            } catch (DateTimeParseException e) {
                if (e.getCause() instanceof ArithmeticException || e.getCause() instanceof NumberFormatException) {
                    throw tooLong(property, text);
                }
                // else falls through to the message below
            }
            throw invalid(property, text);
        }
        Matcher m = SHORT.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            throw invalid(property, text);
        }
        return Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
    }

    /** Whole minutes for sf's {@code --wait}: rounded up, so a wait of 30 s is not turned into none. */
    public static long wholeMinutes(Duration d) {
        long minutes = d.toMinutes();
        return d.equals(Duration.ofMinutes(minutes)) ? minutes : minutes + 1;
    }

    /** For messages: {@code 20 s}, {@code 1 minute}, {@code 10 minutes}, {@code 1 min 30 s}. */
    public static String describe(Duration d) {
        long s = d.getSeconds();
        if (s % 60 == 0) {
            long m = s / 60;
            return m + (m == 1 ? " minute" : " minutes");
        }
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    private static ConfigurationException tooLong(String property, String text) {
        return new ConfigurationException(property + "='" + text.strip() + "' is out of range: a wait is at most "
                + MAX.toDays() + " days (" + MAX.toMinutes() + " minutes, P" + MAX.toDays() + "D)");
    }

    private static ConfigurationException invalid(String property, String text) {
        return new ConfigurationException(property + "='" + text + "' is not a duration; use minutes (20), a unit"
                + " (90s, 10m, 1h, 1m30s) or ISO-8601 (PT20S)");
    }
}
