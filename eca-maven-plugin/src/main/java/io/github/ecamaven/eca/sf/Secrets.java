package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.text.SecretLike;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it is logged or put in a message: the given values, and whatever sf prints as
 * secret in its JSON ({@code accessToken}, {@code sfdxAuthUrl}, {@code refreshToken}, {@code consumerSecret},
 * {@code clientSecret}, {@code password}), in XML (a secret-like element such as {@code <consumerSecret>} or
 * {@code <md:password>}, and {@code <consumerKey>}), as {@code force://} auth URLs, and
 * Salesforce session ids ({@code 00D…!…}).
 */
public final class Secrets {

    private static final Pattern JSON_SECRET = Pattern.compile(
            "(\"(?:accessToken|sfdxAuthUrl|refreshToken|consumerSecret|clientSecret|password|installationKey"
                    + "|InstallKey|Password)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
    /** An element with text only; masked when its name is secret-like ({@link SecretLike}) or consumerKey. */
    private static final Pattern XML_SECRET = Pattern.compile("(<([\\w.:-]+)>)([^<]*)(</\\2>)");
    private static final Pattern AUTH_URL = Pattern.compile("force://[^\\s\"']+");
    private static final Pattern SESSION_ID = Pattern.compile("\\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]+");

    private Secrets() {}

    /** {@code text} with the given values and the well-known secret shapes masked; null stays null. */
    public static String mask(String text, Collection<String> values) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                out = out.replace(v, SfCommand.MASK);
            }
        }
        out = replace(JSON_SECRET, out, m -> m.group(1) + (m.group(2).isEmpty() ? "" : SfCommand.MASK) + m.group(3));
        out = replace(XML_SECRET, out, m -> m.group(2).endsWith("consumerKey") || SecretLike.isSecretName(m.group(2))
                ? m.group(1) + SfCommand.MASK + m.group(4) : m.group(0));
        out = replace(AUTH_URL, out, m -> "force://" + SfCommand.MASK);
        out = replace(SESSION_ID, out, m -> SfCommand.MASK);
        return out;
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(b);
        return b.toString();
    }
}
