package io.github.ecamaven.eca.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in hex, the one way the plugin fingerprints things (findings, generated values, the generate stamp). One
 * digest per thread: looking one up in the security providers costs more than hashing a short text.
 */
public final class Sha256 {

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    private Sha256() {}

    /** The whole hash of {@code data}, 64 hex digits. */
    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(DIGEST.get().digest(data));
    }

    /** The first {@code bytes} bytes of the hash of {@code data}, in hex (16 give 32 digits). */
    public static String hex(byte[] data, int bytes) {
        return HexFormat.of().formatHex(DIGEST.get().digest(data), 0, bytes);
    }

    /** A digest of this thread to feed in parts; {@link MessageDigest#digest()} resets it for the next use. */
    public static MessageDigest digest() {
        MessageDigest md = DIGEST.get();
        md.reset();
        return md;
    }
}
