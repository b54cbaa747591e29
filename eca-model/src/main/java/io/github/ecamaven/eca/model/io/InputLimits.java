package io.github.ecamaven.eca.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The limits on every file the plugin reads (metadata, manifests, Connected Apps, sfdx-project.json, .forceignore),
 * and the one way to read such a file within them. Real ECA files are a few KB and about four elements deep; the
 * limits are orders of magnitude above that, so only a broken or hostile file reaches one, and it then gets a single
 * error naming the file, the limit and the value instead of exhausting the stack, the heap or the time of the build.
 */
public final class InputLimits {

    /** Largest file read: 10 MB. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** Deepest element nesting in an XML file (real metadata: about 4). */
    public static final int MAX_DEPTH = 100;

    /**
     * Most elements in one XML file, comments and processing instructions included (each is a node kept in memory;
     * a large package.xml has a few thousand).
     */
    public static final int MAX_ELEMENTS = 200_000;

    /** Longest text of one element, attribute or comment: 1 M characters (a certificate is a few thousand). */
    public static final int MAX_VALUE_CHARS = 1024 * 1024;

    private InputLimits() {}

    /**
     * The bytes of {@code file}.
     *
     * @throws UnreadableFileException for a folder, a missing or unreadable file, or one larger than
     *     {@link #MAX_FILE_BYTES}
     * @throws IOException when the file system fails otherwise
     */
    public static byte[] read(Path file) throws UnreadableFileException, IOException {
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException(file, 1, 0, "this is a folder, not a file; rename or remove the folder",
                    null);
        }
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            // sized from the file: one array of the file's length, no growing buffers
            long size = ch.size();
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(file, size);
            }
            ByteBuffer buf = ByteBuffer.allocate((int) size);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // read on until full or at the end
            }
            if (buf.hasRemaining()) {
                return Arrays.copyOf(buf.array(), buf.position()); // it shrank meanwhile
            }
            // at the end as expected? (a one-byte probe; a growing buffer would cost 8 KB per file)
            ByteBuffer probe = ByteBuffer.allocate(1);
            if (ch.read(probe) <= 0) {
                return buf.array();
            }
            // it grew meanwhile, or the file system reports no size in advance: the rest, within the limit
            byte[] rest = Channels.newInputStream(ch).readNBytes((int) (MAX_FILE_BYTES - size));
            long total = size + 1 + rest.length;
            if (total > MAX_FILE_BYTES) {
                throw tooLarge(file, Math.max(total, Files.size(file)));
            }
            byte[] all = Arrays.copyOf(buf.array(), (int) total);
            all[(int) size] = probe.get(0);
            System.arraycopy(rest, 0, all, (int) size + 1, rest.length);
            return all;
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, 1, 0, "the file does not exist (or is a broken link)", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException(file, 1, 0, "permission denied when reading the file; make it readable",
                    e);
        }
    }

    private static UnreadableFileException tooLarge(Path file, long size) {
        return new UnreadableFileException(file, 1, 0, "the file is " + bytes(size) + ", more than the limit of "
                + bytes(MAX_FILE_BYTES) + " for a file the plugin reads; it cannot be Salesforce metadata of this"
                + " kind, check what wrote it", null);
    }

    /** {@link #read} decoded as strict UTF-8. */
    public static String readUtf8(Path file) throws UnreadableFileException, IOException {
        return decodeUtf8(file, read(file));
    }

    /**
     * Decodes {@code content} as UTF-8, refusing malformed bytes instead of replacing them.
     *
     * @param file named in the error
     * @throws UnreadableFileException naming the line and column of the first byte that is not UTF-8
     */
    public static String decodeUtf8(Path file, byte[] content) throws UnreadableFileException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String hex = String.format(Locale.ROOT, "0x%02X", content[Math.min(offset, content.length - 1)] & 0xFF);
            throw new UnreadableFileException(file, line, offset - lineStart + 1, "the file is not valid UTF-8 (byte "
                    + hex + " here); Salesforce reads these files as UTF-8, so save the file as UTF-8", null);
        }
        out.flip();
        return out.toString();
    }

    /** A size in words for messages, e.g. {@code 52,428,800 bytes (50.0 MB)}. */
    static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d bytes (%.1f MB)", n, n / (1024.0 * 1024.0));
    }
}
