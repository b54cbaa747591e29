package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.EcaException;
import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.rules.CertificateRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the X.509 certificate of the JWT bearer flow from a PEM file and gives the form retrieved files use: the
 * base64 body in 64-character lines, without the BEGIN/END lines. A file holding a private key is refused: it must
 * never reach the source tree.
 */
final class PemCertificate {

    private static final Pattern CERT = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+?)-----END CERTIFICATE-----");

    private PemCertificate() {}

    /**
     * Thrown with a message that says what is wrong with the file and what to give instead; the user's file (the
     * mapping turns it into a configuration problem).
     */
    static final class BadCertificate extends EcaException {
        private static final long serialVersionUID = 1L;

        BadCertificate(String message) {
            super(message, null);
        }

        @Override
        public Blame blame() {
            return Blame.CONTENT;
        }
    }

    static String body(Path file) throws BadCertificate {
        if (!Files.isRegularFile(file)) {
            String what = Files.isDirectory(file) ? file + " is a folder, not a file"
                    : Files.exists(file) ? file + " is not a regular file (a device, pipe or socket)"
                    : "certificate file " + file + " does not exist";
            throw new BadCertificate(what + "; give the PEM file of the X.509 certificate (for example made with:"
                    + " openssl req -x509 -newkey rsa:2048 -keyout server.key -out server.crt)");
        }
        byte[] bytes;
        try {
            bytes = InputLimits.read(file);
        } catch (UnreadableFileException e) {
            throw new BadCertificate(e.getMessage());
        } catch (IOException e) {
            throw new BadCertificate("cannot read certificate file " + file + ": " + e.getClass().getSimpleName());
        }
        for (byte b : bytes) {
            if (b < 0 || b == 0) { // PEM is ASCII text; binary content is usually the DER form of the certificate
                throw new BadCertificate(file + " is binary, not PEM text; if it is a DER certificate, convert it"
                        + " with: openssl x509 -inform DER -in " + file.getFileName() + " -out cert.pem");
            }
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (text.contains("PRIVATE KEY")) {
            throw new BadCertificate(file + " contains a private key, which must never go into the source tree; give"
                    + " the certificate (-----BEGIN CERTIFICATE-----) only and keep the key out of the project");
        }
        Matcher m = CERT.matcher(text);
        if (!m.find()) {
            throw new BadCertificate(file + " is not a PEM certificate: no -----BEGIN CERTIFICATE----- block; convert"
                    + " it with: openssl x509 -in " + file.getFileName() + " -out cert.pem -outform PEM");
        }
        String problem = SalesforceValues.certificateProblem(m.group());
        if (problem != null) {
            throw new BadCertificate(file + " has a CERTIFICATE block that " + problem + AppMapper.rule(
                    CertificateRule.ID));
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(1));
        return Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    }
}
