package uk.tidemark.app.audit;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.util.Base64;
import java.util.List;

/**
 * The manifest of a case bundle (decision 0054), {@code manifest.json} in the ZIP: which case, for whom, when and by
 * whom, the audit position it was taken at, the installation that made it (its Ed25519 public key) and each file's
 * name, size and SHA-256. {@code manifest.sig} beside it holds the Ed25519 signature of these exact bytes, in base64.
 */
public record BundleManifest(String format, String caseId, String reference, String setting, String recipient,
                             boolean redactThirdParties, String exportedAt, String exportedBy, AuditPosition audit,
                             Installation installation, List<Entry> files) {

    public static final String FORMAT = "tidemark-case-bundle/1";
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";

    /** The audit chain's head when the bundle was made: its last entry's position and hash. */
    public record AuditPosition(long sequence, String hash) {
    }

    /** The installation that signed: its public key (X.509, base64) and that key's SHA-256, the key id. */
    public record Installation(String keyId, String publicKey) {
        public static Installation signedWith(String publicKey) {
            return new Installation(keyIdOf(publicKey), publicKey);
        }
    }

    /** One file of the bundle. */
    public record Entry(String name, long size, String sha256) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public byte[] bytes() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    }

    /** @throws RuntimeException (Jackson's) when the bytes are not a manifest */
    public static BundleManifest parse(byte[] bytes) {
        return JSON.readValue(bytes, BundleManifest.class);
    }

    /** The key id of a public key given in base64: the SHA-256 of its bytes. */
    public static String keyIdOf(String publicKey) {
        return BundleVerifier.sha256(Base64.getDecoder().decode(publicKey));
    }
}
