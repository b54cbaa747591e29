package io.github.ecamaven.eca.packaging;

import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The common subset of {@code .forceignore}, read as sf reads it: gitignore syntax (comments, blank lines, {@code *},
 * {@code ?}, {@code **}, {@code [...]} classes, a leading {@code /} anchoring to the project root, a trailing
 * {@code /} for folders). A pattern without a slash matches any file or folder name. As in gitignore, a {@code [}
 * without its {@code ]} is an ordinary character, so every pattern sf accepts is accepted here. Negations
 * ({@code !…}) are not supported and are ignored, so a path they would re-include is still checked — the safe side
 * for the packaging checks.
 */
final class ForceIgnore {

    static final String FILE_NAME = ".forceignore";

    private final List<Pattern> anchored = new ArrayList<>();
    private final List<Pattern> names = new ArrayList<>();

    /**
     * Reads {@code <projectRoot>/.forceignore}; an unreadable file adds one line to {@code problems} (file, line and
     * cause) and ignores nothing.
     */
    static ForceIgnore read(Path projectRoot, List<String> problems) throws IOException {
        ForceIgnore f = new ForceIgnore();
        Path file = projectRoot.resolve(FILE_NAME);
        if (Files.exists(file)) {
            String text;
            try {
                text = InputLimits.readUtf8(file);
            } catch (UnreadableFileException e) {
                problems.add(FILE_NAME + ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") + ": "
                        + e.reason());
                return f;
            }
            for (String raw : text.split("\r?\n|\r", -1)) {
                f.add(raw);
            }
        }
        return f;
    }

    void add(String raw) {
        String p = raw.strip();
        if (p.isEmpty() || p.startsWith("#") || p.startsWith("!")) {
            return;
        }
        p = p.replace('\\', '/');
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            return;
        }
        boolean hasSlash = p.contains("/");
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        (hasSlash ? anchored : names).add(Pattern.compile(regex(p)));
    }

    /** The gitignore pattern as a regular expression over {@code /}-separated paths. */
    static String regex(String glob) {
        StringBuilder sb = new StringBuilder();
        int n = glob.length();
        for (int i = 0; i < n; i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                int j = i;
                while (j < n && glob.charAt(j) == '*') {
                    j++;
                }
                if (j - i >= 2) {
                    if (j < n && glob.charAt(j) == '/') {
                        sb.append("(?:.*/)?");
                        j++;
                    } else {
                        sb.append(".*");
                    }
                } else {
                    sb.append("[^/]*");
                }
                i = j - 1;
            } else if (c == '?') {
                sb.append("[^/]");
            } else if (c == '[') {
                int close = closingBracket(glob, i);
                if (close < 0) {
                    sb.append("\\[");
                } else {
                    sb.append('[');
                    int k = i + 1;
                    if (glob.charAt(k) == '!' || glob.charAt(k) == '^') {
                        sb.append('^');
                        k++;
                    }
                    for (; k < close; k++) {
                        char d = glob.charAt(k);
                        if (d == '-' && k > i + 1 && k < close - 1) {
                            sb.append('-');
                        } else {
                            sb.append(quoteInClass(d));
                        }
                    }
                    sb.append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < n) {
                sb.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    /** Index of the {@code ]} closing the class opened at {@code open}, or -1 (then the {@code [} is literal). */
    private static int closingBracket(String glob, int open) {
        int k = open + 1;
        if (k < glob.length() && (glob.charAt(k) == '!' || glob.charAt(k) == '^')) {
            k++;
        }
        if (k < glob.length() && glob.charAt(k) == ']') {
            k++; // a ] right after the opening is part of the class
        }
        for (; k < glob.length(); k++) {
            char c = glob.charAt(k);
            if (c == '/') {
                return -1;
            }
            if (c == ']') {
                return k;
            }
        }
        return -1;
    }

    private static String quoteInClass(char d) {
        return Character.isLetterOrDigit(d) ? String.valueOf(d) : "\\" + d;
    }

    /** Whether {@code relative} (to the project root) or one of its parent folders is ignored. */
    boolean ignores(Path relative) {
        for (int i = 1; i <= relative.getNameCount(); i++) {
            String prefix = relative.subpath(0, i).toString().replace('\\', '/');
            String name = relative.getName(i - 1).toString();
            for (Pattern m : anchored) {
                if (m.matcher(prefix).matches()) {
                    return true;
                }
            }
            for (Pattern m : names) {
                if (m.matcher(name).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
