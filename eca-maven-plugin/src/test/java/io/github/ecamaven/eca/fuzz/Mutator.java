package io.github.ecamaven.eca.fuzz;

import io.github.ecamaven.eca.model.io.InputLimits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Seeded mutations of a valid file, of the kinds an attacker or a careless editor produces: deep nesting,
 * duplicates, huge values, many elements, invalid UTF-8, truncation, random bytes, DOCTYPE and entity tricks,
 * structural junk. The same seed gives the same bytes.
 */
final class Mutator {

    private static final String[] TRICKS = {
        "<!DOCTYPE x [<!ENTITY e \"boom\">]>\n",
        "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">\n",
        "<!DOCTYPE lolz [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n",
        "&e;", "&amp;", "&#0;", "&#xD800;", "&#x10FFFF;", "&unknown;",
        "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\"/>",
        "<![CDATA[", "<![CDATA[x]]>", "]]>", "<?xml-stylesheet href=\"http://127.0.0.1:1/x\"?>",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<?xml version=\"1.1\"?>", "<!-- -- -->",
        "<x:y xmlns:x=\"\"/>", "<a b=\"1\" b=\"2\"/>", "\u0000", "\uFEFF",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----",
    };

    private static final String[] JUNK = {"<", ">", "&", "</", "<!--", "-->", "\"", "'", "{", "}", "[", "]", ",",
        ":", "/*", "//", "#", "\\", "\\u0000", "null", "true", "-0", "1e999999", "\"\\uD800\"", "NaN"};

    private static final byte[][] BAD_UTF8 = {
        {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xFE, (byte) 0xFF},
    };

    private Mutator() {}

    /** One to three mutations of {@code seed}; {@code log} gets a short description of each. */
    static byte[] mutate(byte[] seed, Random r, boolean json, StringBuilder log) {
        byte[] b = seed;
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            b = once(b, r, json, log);
        }
        return b;
    }

    private static byte[] once(byte[] b, Random r, boolean json, StringBuilder log) {
        int op = r.nextInt(12);
        int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
        switch (op) {
            case 0 -> {
                int[] depths = {10, 99, 101, 1_000, 3_000};
                int k = r.nextInt(200) == 0 ? 200_000 : depths[r.nextInt(depths.length)];
                log.append("nest ").append(k).append(" at ").append(at).append("; ");
                String s = json ? "[".repeat(k) + "]".repeat(k) : "<a>".repeat(k) + "</a>".repeat(k);
                return insert(b, at(b, r, json, at), s.getBytes(StandardCharsets.US_ASCII));
            }
            case 1 -> {
                log.append("duplicate a line; ");
                return duplicateLine(b, r);
            }
            case 2 -> {
                int[] lengths = {100, 10_000, 100_000};
                int len = r.nextInt(40) == 0 ? InputLimits.MAX_VALUE_CHARS + 1 : lengths[r.nextInt(lengths.length)];
                log.append("value of ").append(len).append(" at ").append(at).append("; ");
                return insert(b, at(b, r, json, at), (json ? "9" : "x").repeat(len).getBytes(StandardCharsets.US_ASCII));
            }
            case 3 -> {
                byte[] bad = BAD_UTF8[r.nextInt(BAD_UTF8.length)];
                log.append("bad UTF-8 at ").append(at).append("; ");
                return insert(b, at, bad);
            }
            case 4 -> {
                log.append("truncate at ").append(at).append("; ");
                byte[] out = new byte[at];
                System.arraycopy(b, 0, out, 0, at);
                return out;
            }
            case 5 -> {
                byte[] out = b.clone();
                int k = 1 + r.nextInt(8);
                log.append(k).append(" random bytes; ");
                for (int i = 0; i < k && out.length > 0; i++) {
                    out[r.nextInt(out.length)] = (byte) r.nextInt(256);
                }
                return out;
            }
            case 6 -> {
                String t = TRICKS[r.nextInt(TRICKS.length)];
                boolean front = t.startsWith("<!DOCTYPE") || t.startsWith("<?xml ") ? r.nextBoolean() : false;
                int where = front ? afterDeclaration(b) : at(b, r, json, at);
                log.append("trick '").append(t.length() > 20 ? t.substring(0, 20) : t).append("' at ").append(where)
                        .append("; ");
                return insert(b, where, t.getBytes(StandardCharsets.UTF_8));
            }
            case 7 -> {
                int len = b.length == 0 ? 0 : r.nextInt(Math.min(40, b.length - Math.min(at, b.length)) + 1);
                log.append("delete ").append(len).append(" at ").append(at).append("; ");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, Math.min(at, b.length));
                int from = Math.min(b.length, at + len);
                out.write(b, from, b.length - from);
                return out.toByteArray();
            }
            case 8 -> {
                String j = JUNK[r.nextInt(JUNK.length)];
                log.append("junk '").append(j).append("' at ").append(at).append("; ");
                return insert(b, at, j.getBytes(StandardCharsets.UTF_8));
            }
            case 9 -> {
                String s = new String(b, StandardCharsets.ISO_8859_1);
                int lt = s.indexOf('<', at(b, r, json, at));
                if (lt < 0 || lt + 1 >= s.length()) {
                    return b;
                }
                String[] names = {"fooBar", "LABEL", "label", "callbackURL", "x:label", "distributionState"};
                String name = names[r.nextInt(names.length)];
                log.append("rename tag at ").append(lt).append(" to ").append(name).append("; ");
                int end = lt + 1;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == ':')) {
                    end++;
                }
                return (s.substring(0, lt + 1) + name + s.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
            }
            case 10 -> {
                log.append("byte order mark; ");
                return insert(b, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            default -> {
                int k = r.nextInt(100) == 0 ? InputLimits.MAX_ELEMENTS + 1 : 1 + r.nextInt(2_000);
                log.append(k).append(" elements at ").append(at).append("; ");
                String unit = json ? "{\"a\":1}," : "<a/>";
                return insert(b, at(b, r, json, at), unit.repeat(k).getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    /** A place just after a {@code >} (XML) or a {@code :}/{@code [} (JSON) near {@code at}, so the insert is seen. */
    private static int at(byte[] b, Random r, boolean json, int at) {
        for (int i = Math.min(at, b.length) - 1; i >= 0; i--) {
            if (json ? b[i] == ':' || b[i] == '[' : b[i] == '>') {
                return i + 1;
            }
        }
        return at;
    }

    private static int afterDeclaration(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int end = s.startsWith("<?xml") ? s.indexOf("?>") : -1;
        return end < 0 ? 0 : end + 2;
    }

    private static byte[] duplicateLine(byte[] b, Random r) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        String[] lines = s.split("\n", -1);
        if (lines.length < 2) {
            return b;
        }
        int i = r.nextInt(lines.length);
        String copy = r.nextBoolean() ? lines[i]
                : lines[i].replace("Local", "Packaged").replace("true", "false").replace(">6", ">7");
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < lines.length; j++) {
            out.append(lines[j]);
            if (j == i) {
                out.append('\n').append(copy);
            }
            if (j < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        int p = Math.max(0, Math.min(at, b.length));
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, p);
        System.arraycopy(what, 0, out, p, what.length);
        System.arraycopy(b, p, out, p + what.length, b.length - p);
        return out;
    }
}
