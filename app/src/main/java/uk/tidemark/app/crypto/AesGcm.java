package uk.tidemark.app.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * AES-256-GCM as Tidemark seals everything it keeps encrypted (second-factor secrets, the data keys of cases, evidence
 * files): a fresh 96-bit nonce per message, a 128-bit tag, and associated data naming what the bytes belong to, so
 * that sealed bytes copied onto another account, case or file do not open. The sealed form is nonce ‖ ciphertext ‖ tag.
 */
public final class AesGcm {

    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    /** A new random 256-bit key. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public static SecretKeySpec key(byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key is 32 bytes");
        }
        return new SecretKeySpec(raw, "AES");
    }

    public static byte[] seal(SecretKeySpec key, byte[] associatedData, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            ByteBuffer sealed = ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(plain.length)).put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plain), sealed);
            return sealed.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * @throws GeneralSecurityException when the bytes were sealed under another key or for other associated data, or
     *                                  were changed since
     */
    public static byte[] open(SecretKeySpec key, byte[] associatedData, byte[] sealed) throws GeneralSecurityException {
        if (sealed.length < NONCE_BYTES) {
            throw new GeneralSecurityException("too short to be sealed");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        cipher.updateAAD(associatedData);
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }
}
