package io.github.ecamaven.eca.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The one rule for what is secret-like, used wherever a value read from a file could be printed or written
 * (eca:migrate's refusals and reports, eca:validate's findings, eca:generate's change lines) and wherever files are
 * judged for committed secrets (eca:validate's ECA-SEC-001 and ECA-SEC-007, the packaging checks, eca:generate's
 * gate).
 *
 * <p>Secret-like is:
 * <ul>
 *   <li>an element name close to a secret's: ending in {@code consumerSecret}, {@code clientSecret},
 *       {@code secret}, {@code privateKey}, {@code password}, {@code passphrase}, {@code token}, {@code apiKey}
 *       and the like, in any letter case, with or without a namespace prefix ({@code md:consumerSecret}) or a
 *       prefix of its own ({@code oauthConsumerSecret}), and misspelt by an edit or two ({@code consumerSecert},
 *       {@code pasword}); a boolean flag about a secret ({@code isConsumerSecretOptional},
 *       {@code isIntrospectAllTokens}) is not one;</li>
 *   <li>key material by content: a PEM private key ({@code -----BEGIN … PRIVATE KEY-----}), or a private key
 *       without armour: a long base64 run, or raw bytes, that decode to a DER private key (PKCS#1, PKCS#8, SEC1,
 *       encrypted PKCS#8, PKCS#12). A certificate or a public key is not key material.</li>
 * </ul>
 * The value of a secret-like element is never shown: {@link #masked} gives its length and a short digest instead.
 */
public final class SecretLike {

    /**
     * The armour line of every PEM private key: PKCS#8 ({@code PRIVATE KEY}, {@code ENCRYPTED PRIVATE KEY}),
     * PKCS#1 and SEC1 ({@code RSA}, {@code DSA}, {@code EC PRIVATE KEY}), OpenSSH and PGP
     * ({@code PGP PRIVATE KEY BLOCK}). Group 1 names the kind.
     */
    public static final Pattern PEM_PRIVATE_KEY =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]*?)\\s*PRIVATE KEY( BLOCK)?-----");

    /** The ends of names of secrets, lower case, letters only; the longer ones tolerate two edits. */
    private static final List<String> WORDS = List.of("consumersecret", "clientsecret", "secretkey", "secret",
            "privatekey", "password", "passwd", "passphrase", "accesstoken", "refreshtoken", "token", "apikey",
            "installationkey");

    /** A boolean flag about a secret ({@code isConsumerSecretOptional}), not a secret. */
    private static final Pattern FLAG = Pattern.compile("^(?:is|are|has|can|should|enable|allow|require)[A-Z0-9_].*");

    /** The shortest base64 run looked at: {@code M} (a DER SEQUENCE, {@code 0x30}) and 40 more characters. */
    private static final int MIN_RUN = 41;

    /** The smallest DER private key worth the name (an EC key is about 120 bytes). */
    private static final int MIN_KEY_BYTES = 64;
    /** The largest one looked for in base64 (an RSA key of 16384 bits is under 10 KB). */
    private static final int MAX_KEY_BYTES = 64 * 1024;

    /** Names already judged (bounded: a hostile file with a million names does not fill the memory). */
    private static final Map<String, Boolean> JUDGED = new ConcurrentHashMap<>();

    private SecretLike() {}

    /** Whether an element called {@code name} (local, prefixed, or the last step of a path) holds a secret. */
    public static boolean isSecretName(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        Boolean known = JUDGED.get(name);
        if (known != null) {
            return known; // a file of 200,000 elements has a few dozen names
        }
        boolean secret = judge(name);
        if (JUDGED.size() < 10_000) {
            JUDGED.put(name, secret);
        }
        return secret;
    }

    private static boolean judge(String name) {
        // the last step of a path (oauth/consumerSecret, idTokenConfig.idTokenAudience) without a namespace prefix
        String local = name.replaceAll("\\[\\d+]$", "");
        local = local.substring(Math.max(local.lastIndexOf(':'), Math.max(local.lastIndexOf('/'),
                local.lastIndexOf('.'))) + 1).strip();
        if (FLAG.matcher(local).matches()) {
            return false;
        }
        String n = local.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (String w : WORDS) {
            if (n.endsWith(w) || misspeltEnd(n, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code n} ends in {@code w} misspelt: one edit or one swap of neighbours, two for long words. */
    private static boolean misspeltEnd(String n, String w) {
        int tolerance = w.length() >= 10 ? 2 : 1;
        int longest = Math.min(w.length() + tolerance, n.length());
        for (int len = Math.max(4, w.length() - tolerance); len <= longest; len++) {
            String end = n.substring(n.length() - len);
            if (end.charAt(0) != w.charAt(0)) {
                continue; // a misspelling keeps the first letter; "broken" is not a "token"
            }
            if (DidYouMean.distance(end, w) <= tolerance || swapped(end, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** Whether {@code text} holds a private key, armoured or not. */
    public static boolean hasKeyMaterial(String text) {
        return keyMaterial(text) != null;
    }

    /** Whether {@code content} (any file) holds a private key: as text, or as raw DER bytes. */
    public static boolean hasKeyMaterial(byte[] content) {
        return keyMaterial(content) != null;
    }

    /**
     * Where the first private key in {@code text} starts and what it is, or null.
     *
     * @param at index of the key in the text
     * @param kind {@code PEM block '-----BEGIN RSA PRIVATE KEY-----'} or {@code base64 DER private key}; never a
     *     part of the key
     */
    public record KeyMaterial(int at, String kind) {}

    /** The first private key in {@code text}, or null. */
    public static KeyMaterial keyMaterial(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Matcher pem = text.contains("-----BEGIN ") ? PEM_PRIVATE_KEY.matcher(text) : null;
        if (pem != null && pem.find()) {
            String kind = pem.group(1).isBlank() ? "" : pem.group(1).strip() + " ";
            return new KeyMaterial(pem.start(), "PEM block '-----BEGIN " + kind + "PRIVATE KEY"
                    + (pem.group(2) == null ? "" : pem.group(2)) + "-----'");
        }
        // linear: each candidate (an M that starts a run of at least 41 base64 characters: a DER SEQUENCE) costs a
        // 16-character look at its header, and only a plausible header a decode of the length it announces, after
        // which the search goes on behind what was decoded
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) != 'M' || i > 0 && isBase64(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isBase64(text.charAt(end))) {
                end++;
            }
            if (end - i < MIN_RUN) {
                i = end;
                continue;
            }
            int length = plausibleKeyLength(decodeRun(text, i, 16).bytes());
            if (length >= 0) {
                Run whole = decodeRun(text, i, (length + 2) / 3 * 4);
                if (isPrivateKeyDer(whole.bytes())) {
                    return new KeyMaterial(i, "base64 DER private key");
                }
                end = Math.max(end, whole.end());
            }
            i = end;
        }
        return null;
    }

    private static boolean isBase64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }

    /** Decoded bytes of a base64 run, and the index in the text behind the last character used. */
    private record Run(byte[] bytes, int end) {}

    /** The first private key in a file's bytes, as text (ISO-8859-1, so any bytes read) or as raw DER, or null. */
    public static KeyMaterial keyMaterial(byte[] content) {
        if (content == null || content.length == 0) {
            return null;
        }
        if (isPrivateKeyDer(content)) {
            return new KeyMaterial(0, "DER private key");
        }
        return keyMaterial(new String(content, StandardCharsets.ISO_8859_1));
    }

    /** At most {@code chars} base64 characters from {@code start} on, blanks and line breaks skipped, decoded. */
    private static Run decodeRun(String text, int start, int chars) {
        StringBuilder b = new StringBuilder();
        int i = start;
        for (; i < text.length() && b.length() < chars; i++) {
            char c = text.charAt(i);
            if (isBase64(c) || c == '=') {
                b.append(c);
            } else if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
                break;
            }
        }
        b.setLength(b.length() - b.length() % 4);
        try {
            return new Run(Base64.getDecoder().decode(b.toString()), i);
        } catch (IllegalArgumentException e) {
            return new Run(new byte[0], i);
        }
    }

    /**
     * The whole length a DER private key starting with {@code head} (its first 12 bytes) would have, or -1 when the
     * head is not one of {@link #isPrivateKeyDer}'s shapes.
     */
    private static int plausibleKeyLength(byte[] head) {
        int[] outer = header(head, 0);
        if (outer == null || head[0] != 0x30 || outer[1] < MIN_KEY_BYTES || outer[1] > MAX_KEY_BYTES) {
            return -1;
        }
        int p = outer[0];
        if (p + 3 <= head.length && head[p] == 0x02 && head[p + 1] == 1 && (head[p + 2] & 0xff) <= 3) {
            return outer[0] + outer[1];
        }
        int[] first = p < head.length && head[p] == 0x30 ? header(head, p) : null;
        if (first != null && p + first[0] < head.length && head[p + first[0]] == 0x06) {
            return outer[0] + outer[1];
        }
        return -1;
    }

    /**
     * Whether {@code d} starts with a DER private key that it holds whole: a SEQUENCE whose first element is a
     * version INTEGER 0 to 3 followed by a SEQUENCE, INTEGER or OCTET STRING (PKCS#8, PKCS#1, SEC1, DSA, PKCS#12),
     * or a SEQUENCE of an algorithm (a SEQUENCE starting with an OID) and an OCTET STRING (encrypted PKCS#8). A
     * certificate starts with a SEQUENCE that holds no OID first; a public key ends in a BIT STRING.
     */
    static boolean isPrivateKeyDer(byte[] d) {
        int[] outer = header(d, 0);
        if (outer == null || d[0] != 0x30 || outer[1] < MIN_KEY_BYTES || outer[0] + outer[1] > d.length) {
            return false;
        }
        int end = outer[0] + outer[1];
        int p = outer[0];
        int[] first = header(d, p);
        if (first == null || p + first[0] + first[1] > end) {
            return false;
        }
        int next = p + first[0] + first[1];
        if (d[p] == 0x02 && first[1] == 1 && (d[p + first[0]] & 0xff) <= 3) {
            return next < end && (d[next] == 0x30 || d[next] == 0x02 || d[next] == 0x04);
        }
        if (d[p] == 0x30 && first[1] > 2 && d[p + first[0]] == 0x06 && next < end && d[next] == 0x04) {
            int[] octets = header(d, next);
            return octets != null && next + octets[0] + octets[1] == end;
        }
        return false;
    }

    /** {header length, content length} of the DER element at {@code p}, or null. */
    private static int[] header(byte[] d, int p) {
        if (p + 2 > d.length) {
            return null;
        }
        int len = d[p + 1] & 0xff;
        if (len < 0x80) {
            return new int[] {2, len};
        }
        int n = len & 0x7f;
        if (n == 0 || n > 3 || p + 2 + n > d.length) {
            return null;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = v << 8 | d[p + 2 + i] & 0xff;
        }
        return new int[] {2 + n, v};
    }

    /**
     * Whether an element called {@code name} holding {@code value} is secret-like: by content, or by name unless the
     * value is {@code true} or {@code false} (a flag such as {@code <useTokens>} holds no secret).
     */
    public static boolean isSecret(String name, String value) {
        return isSecretName(name) && !isFlagValue(value) || hasKeyMaterial(value);
    }

    private static boolean isFlagValue(String value) {
        String v = value == null ? "" : value.strip();
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
    }

    /** {@code <41 characters, sha256 1a2b3c4d>}: what a report or log shows for a secret-like value. */
    public static String masked(String value) {
        if (value == null) {
            return null;
        }
        return "<" + value.length() + " characters, sha256 "
                + Sha256.hex(value.getBytes(StandardCharsets.UTF_8), 4) + ">";
    }

    /** {@code value}, or {@link #masked} when the element {@code name} holding it is secret-like. */
    public static String shown(String name, String value) {
        return value != null && isSecret(name, value) ? masked(value) : value;
    }

    /**
     * Every element below and including {@code root} that holds a secret by its name and has text of its own (an
     * empty {@code <consumerSecret/>} holds nothing, nor does {@code true} or {@code false}), in document order.
     */
    public static List<Element> secretElements(Element root) {
        List<Element> out = new ArrayList<>();
        List<Element> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            Element e = stack.remove(stack.size() - 1);
            String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
            String text = directText(e);
            if (isSecretName(name) && !text.isBlank() && !isFlagValue(text)) {
                out.add(e);
            }
            List<Element> children = new ArrayList<>();
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c) {
                    children.add(c);
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.add(children.get(i));
            }
        }
        return out;
    }

    /** The text and CDATA directly inside {@code e}, not its children's. */
    public static String directText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            }
        }
        return b.toString();
    }
}
