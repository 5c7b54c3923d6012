package uk.tidemark.app.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.tidemark.app.config.OwnerOnly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * The installation's Ed25519 key that signs the manifests of case bundles (decision 0054), kept in the data directory
 * ({@code bundle-signing-key}, owner-readable only) next to {@code evidence-key}, made on first use: the private key
 * (PKCS#8) and the public key (X.509) in base64, a line each. The public key travels in every manifest, so a recipient
 * can check a signature with no access to Tidemark; its SHA-256 (the key id) is what says which installation signed.
 */
@Component
public class BundleSigningKey {

    private static final Logger log = LoggerFactory.getLogger(BundleSigningKey.class);
    static final String FILE = "bundle-signing-key";

    private final PrivateKey privateKey;
    private final String publicKey;

    BundleSigningKey(@Value("${tidemark.data-dir-absolute}") String dataDir) {
        Path file = Path.of(dataDir).resolve(FILE);
        try {
            if (OwnerOnly.createFile(file)) {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Base64.Encoder b64 = Base64.getEncoder();
                Files.writeString(file, b64.encodeToString(pair.getPrivate().getEncoded()) + System.lineSeparator()
                        + b64.encodeToString(pair.getPublic().getEncoded()) + System.lineSeparator());
                log.info("Created the key that signs case bundles' manifests, in the data directory ({})", FILE);
            }
            List<String> lines = Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
            if (lines.size() != 2) {
                throw new IllegalStateException(FILE + " must hold two lines: the private and the public key");
            }
            this.privateKey = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0))));
            this.publicKey = lines.get(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + FILE + " in the data directory", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(FILE + " does not hold an Ed25519 key", e);
        }
    }

    /** The Ed25519 signature of {@code bytes}. */
    public byte[] sign(byte[] bytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(bytes);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime since 15 signs with Ed25519", e);
        }
    }

    /** The public key, X.509 encoded, in base64: what a manifest carries. */
    public String publicKey() {
        return publicKey;
    }
}
