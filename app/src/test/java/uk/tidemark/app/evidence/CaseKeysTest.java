package uk.tidemark.app.evidence;

import org.junit.jupiter.api.Test;
import uk.tidemark.app.crypto.AesGcm;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-256-GCM as every sealed thing in Tidemark uses it: a fresh nonce each time, bound to what it belongs to. */
class CaseKeysTest {

    private final SecretKeySpec key = AesGcm.key(AesGcm.newKey());
    private final byte[] file = "the screenshot's bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealedBytesOpenOnlyForWhatTheyBelongTo() throws GeneralSecurityException {
        byte[] sealed = AesGcm.seal(key, aad("case-1/evidence-1"), file);
        assertThat(sealed).hasSize(file.length + 12 + 16);
        assertThat(AesGcm.open(key, aad("case-1/evidence-1"), sealed)).isEqualTo(file);
        assertThatThrownBy(() -> AesGcm.open(key, aad("case-2/evidence-1"), sealed))
                .as("moved onto another case").isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> AesGcm.open(AesGcm.key(AesGcm.newKey()), aad("case-1/evidence-1"), sealed))
                .as("under another case's key").isInstanceOf(GeneralSecurityException.class);
        sealed[20] ^= 1;
        assertThatThrownBy(() -> AesGcm.open(key, aad("case-1/evidence-1"), sealed))
                .as("changed in the database").isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void theSameFileSealedTwiceIsNotTheSameBytes() {
        assertThat(AesGcm.seal(key, aad("a"), file)).isNotEqualTo(AesGcm.seal(key, aad("a"), file));
    }

    private static byte[] aad(String what) {
        return what.getBytes(StandardCharsets.UTF_8);
    }
}
