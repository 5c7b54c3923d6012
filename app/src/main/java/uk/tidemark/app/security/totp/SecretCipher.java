package uk.tidemark.app.security.totp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.tidemark.app.crypto.AesGcm;
import uk.tidemark.app.crypto.KeyFile;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM, bound to their username (as associated data, so a secret
 * copied onto another account does not decrypt). A copy of the accounts table alone does not give anyone the
 * codes: the key lives apart from it, in {@code tidemark.security.totp.key} or the data directory.
 */
@Component
class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final String FORMAT = "v1:";

    private final SecretKeySpec key;

    SecretCipher(TotpProperties properties, @Value("${tidemark.data-dir-absolute}") String dataDir) {
        KeyFile.Loaded loaded = KeyFile.load(properties.key(), "tidemark.security.totp.key",
                Path.of(dataDir).resolve("totp-key"));
        if (loaded.made()) {
            log.info("Created the key that encrypts two-factor secrets, in the data directory (totp-key)");
        }
        this.key = AesGcm.key(loaded.raw());
    }

    String encrypt(String username, byte[] secret) {
        return FORMAT + Base64.getEncoder().encodeToString(
                AesGcm.seal(key, username.getBytes(StandardCharsets.UTF_8), secret));
    }

    /** @throws GeneralSecurityException when the stored value was sealed under another key or account */
    byte[] decrypt(String username, String stored) throws GeneralSecurityException {
        if (!stored.startsWith(FORMAT)) {
            throw new GeneralSecurityException("unknown secret format");
        }
        return AesGcm.open(key, username.getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(stored.substring(FORMAT.length())));
    }
}
