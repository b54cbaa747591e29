package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of {@code .forceignore}, read as sf reads it: gitignore syntax (comments, blank lines, {@code *},
 * {@code ?}, {@code **}, {@code [...]} classes, a leading {@code /} anchoring to the project root, a trailing
 * {@code /} for folders). A pattern without a slash matches any file or folder name. As in gitignore, a {@code [}
 * without its {@code ]} is an ordinary character, so every pattern sf accepts is accepted here; {@code **} is a
 * folder wildcard only as a whole path segment, elsewhere it is {@code *}. Negations ({@code !…}) are not supported
 * and are ignored, so a path they would re-include counts as ignored only if another line says so — for the
 * packaging checks the safe side.
 *
 * <p>Every goal and rule that asks "is this file part of the package or the deploy?" asks this class: the
 * packaging checks of eca:package-version-create, and every walk of {@link EcaFileFinder} (eca:validate, eca:deploy,
 * eca:retrieve, the credentials goals, eca:migrate).
 *
 * <p>Patterns are matched without regular expressions: a path segment against a segment pattern by the two-pointer
 * wildcard algorithm, and the segments against the pattern's segments by the same algorithm with {@code **} as the
 * wildcard. Neither backtracks more than to the last wildcard, so a line such as {@code *a*a*a*a*b} costs at most
 * (pattern length × name length) steps, never exponential time.
 */
public final class ForceIgnore {

    public static final String FILE_NAME = ".forceignore";

    /** Ignores nothing. */
    public static final ForceIgnore NONE = new ForceIgnore();

    /** Patterns with a slash: matched against the path from the project root. */
    private final List<Glob> anchored = new ArrayList<>();
    /** Patterns without a slash: matched against each file or folder name. */
    private final List<Glob> names = new ArrayList<>();

    private ForceIgnore() {}

    /**
     * Reads {@code <projectRoot>/.forceignore}; an unreadable file adds one line to {@code problems} (file, line and
     * cause) and ignores nothing.
     */
    public static ForceIgnore read(Path projectRoot, List<String> problems) throws IOException {
        Path file = projectRoot.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return NONE;
        }
        String text;
        try {
            text = InputLimits.readUtf8(file);
        } catch (UnreadableFileException e) {
            problems.add(FILE_NAME + ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") + ": " + e.reason());
            return NONE;
        }
        return of(text.split("\r?\n|\r", -1));
    }

    /**
     * Reads {@code <projectRoot>/.forceignore}; nothing is ignored when there is none.
     *
     * @throws IOException naming file, line and the fix when the file cannot be read (not UTF-8, a folder, too
     *     large): a file sf cannot read either must not make a goal see other files than sf
     */
    public static ForceIgnore read(Path projectRoot) throws IOException {
        List<String> problems = new ArrayList<>();
        ForceIgnore f = read(projectRoot, problems);
        if (!problems.isEmpty()) {
            throw new IOException(projectRoot.resolve(FILE_NAME) + problems.get(0).substring(FILE_NAME.length()));
        }
        return f;
    }

    /** The patterns of these {@code .forceignore} lines. */
    public static ForceIgnore of(String... lines) {
        ForceIgnore f = new ForceIgnore();
        for (String line : lines) {
            f.add(line);
        }
        return f;
    }

    private void add(String raw) {
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
        (hasSlash ? anchored : names).add(Glob.of(p));
    }

    /** Whether no line ignores anything. */
    public boolean isEmpty() {
        return anchored.isEmpty() && names.isEmpty();
    }

    /** Whether {@code file} (absolute, or relative to the working directory) lies under the root and is ignored. */
    public boolean ignores(Path projectRoot, Path file) {
        if (isEmpty()) {
            return false;
        }
        Path root = projectRoot.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) && !abs.equals(root) && ignores(root.relativize(abs));
    }

    /** Whether {@code relative} (to the project root) or one of its parent folders is ignored. */
    public boolean ignores(Path relative) {
        int n = relative.getNameCount();
        String[] segments = new String[n];
        for (int i = 0; i < n; i++) {
            segments[i] = relative.getName(i).toString();
        }
        for (int i = 1; i <= n; i++) {
            for (Glob g : names) {
                if (g.matchesName(segments[i - 1])) {
                    return true;
                }
            }
            for (Glob g : anchored) {
                if (g.matchesPath(segments, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One pattern, split into {@code /}-separated segments; a {@code null} segment is {@code **}. */
    private record Glob(List<Segment> segments) {

        static Glob of(String pattern) {
            List<Segment> out = new ArrayList<>();
            String[] parts = pattern.split("/", -1);
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].equals("**")) {
                    if (i == parts.length - 1) {
                        out.add(Segment.ANY); // a trailing /** needs something below the folder
                    }
                    if (out.isEmpty() || out.get(out.size() - 1) != null) {
                        out.add(null);
                    }
                } else {
                    out.add(Segment.of(parts[i]));
                }
            }
            return new Glob(out);
        }

        boolean matchesName(String name) {
            return segments.size() == 1 && segments.get(0) != null ? segments.get(0).matches(name)
                    : matchesPath(new String[] {name}, 1);
        }

        /**
         * Whether the first {@code count} of {@code path} match: the two-pointer wildcard algorithm over segments,
         * {@code **} the wildcard, each other segment matching exactly one path segment.
         */
        boolean matchesPath(String[] path, int count) {
            int p = 0;
            int s = 0;
            int star = -1;
            int resume = 0;
            int m = segments.size();
            while (s < count) {
                if (p < m && segments.get(p) != null && segments.get(p).matches(path[s])) {
                    p++;
                    s++;
                } else if (p < m && segments.get(p) == null) {
                    star = p++;
                    resume = s;
                } else if (star >= 0) {
                    p = star + 1;
                    s = ++resume;
                } else {
                    return false;
                }
            }
            while (p < m && segments.get(p) == null) {
                p++;
            }
            return p == m;
        }
    }

    /** One segment pattern: literal characters, {@code ?}, {@code [...]} classes and {@code *}. */
    private record Segment(List<Token> tokens) {

        /** Any one segment. */
        static final Segment ANY = new Segment(List.of(new Token(Token.QUESTION, null, false), Token.STAR_TOKEN));

        static Segment of(String glob) {
            List<Token> out = new ArrayList<>();
            int n = glob.length();
            for (int i = 0; i < n; i++) {
                char c = glob.charAt(i);
                if (c == '*') {
                    while (i + 1 < n && glob.charAt(i + 1) == '*') {
                        i++; // ** inside a segment is *, as in gitignore
                    }
                    out.add(Token.STAR_TOKEN);
                } else if (c == '?') {
                    out.add(new Token(Token.QUESTION, null, false));
                } else if (c == '[' && closingBracket(glob, i) > 0) {
                    int close = closingBracket(glob, i);
                    int k = i + 1;
                    boolean negated = glob.charAt(k) == '!' || glob.charAt(k) == '^';
                    if (negated) {
                        k++;
                    }
                    out.add(new Token(Token.CLASS, glob.substring(k, close), negated));
                    i = close;
                } else if (c == '\\' && i + 1 < n) {
                    out.add(new Token(Token.LITERAL, String.valueOf(glob.charAt(++i)), false));
                } else {
                    out.add(new Token(Token.LITERAL, String.valueOf(c), false));
                }
            }
            return new Segment(out);
        }

        /** The two-pointer wildcard algorithm: on a mismatch, only the last {@code *} takes one more character. */
        boolean matches(String name) {
            int t = 0;
            int c = 0;
            int star = -1;
            int resume = 0;
            int m = tokens.size();
            int n = name.length();
            while (c < n) {
                if (t < m && tokens.get(t).kind != Token.STAR && tokens.get(t).matches(name.charAt(c))) {
                    t++;
                    c++;
                } else if (t < m && tokens.get(t).kind == Token.STAR) {
                    star = t++;
                    resume = c;
                } else if (star >= 0) {
                    t = star + 1;
                    c = ++resume;
                } else {
                    return false;
                }
            }
            while (t < m && tokens.get(t).kind == Token.STAR) {
                t++;
            }
            return t == m;
        }
    }

    /** One character position of a segment pattern ({@code chars} holds a literal or a class body). */
    private record Token(int kind, String chars, boolean negated) {
        static final int LITERAL = 0;
        static final int QUESTION = 1;
        static final int CLASS = 2;
        static final int STAR = 3;
        static final Token STAR_TOKEN = new Token(STAR, null, false);

        boolean matches(char c) {
            return switch (kind) {
                case LITERAL -> chars.charAt(0) == c;
                case QUESTION -> true;
                case CLASS -> inClass(c) != negated;
                default -> false;
            };
        }

        /** A class body: single characters and ranges {@code a-z}; a {@code -} first or last is itself. */
        private boolean inClass(char c) {
            int n = chars.length();
            for (int k = 0; k < n; k++) {
                char lo = chars.charAt(k);
                if (k + 2 < n && chars.charAt(k + 1) == '-') {
                    char hi = chars.charAt(k + 2);
                    if (lo <= c && c <= hi) {
                        return true;
                    }
                    k += 2;
                } else if (lo == c) {
                    return true;
                }
            }
            return false;
        }
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
            if (glob.charAt(k) == ']') {
                return k;
            }
        }
        return -1;
    }
}
