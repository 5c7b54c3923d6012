package uk.tidemark.app.security.totp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.tidemark.app.config.OwnerOnly;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
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
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretCipher(TotpProperties properties, @Value("${tidemark.data-dir-absolute}") String dataDir) {
        byte[] raw = properties.key().isBlank() ? keyFile(Path.of(dataDir).resolve("totp-key"))
                : Base64.getDecoder().decode(properties.key().strip());
        if (raw.length != 32) {
            throw new IllegalStateException("tidemark.security.totp.key must be base64 of 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    String encrypt(String username, byte[] secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            return FORMAT + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** @throws GeneralSecurityException when the stored value was sealed under another key or account */
    byte[] decrypt(String username, String stored) throws GeneralSecurityException {
        if (!stored.startsWith(FORMAT)) {
            throw new GeneralSecurityException("unknown secret format");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
        cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
    }

    /** The key in the data directory, made (owner-readable only, before anything is written to it) on first use. */
    private static byte[] keyFile(Path file) {
        try {
            // another start racing for it made it first: use theirs (an existing key's mode is narrowed to 0600)
            if (OwnerOnly.createFile(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + System.lineSeparator());
                log.info("Created the key that encrypts two-factor secrets, in the data directory (totp-key)");
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the two-factor key in the data directory", e);
        }
    }
}
