package uk.tidemark.app.security.totp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The codes are RFC 6238's, so that any authenticator app agrees with them. */
class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesMatchTheRfc6238TestVectorsCutToSixDigits() {
        // appendix B gives eight digits; apps show the last six
        assertThat(codeAt(59)).isEqualTo("287082");
        assertThat(codeAt(1111111109)).isEqualTo("081804");
        assertThat(codeAt(1111111111)).isEqualTo("050471");
        assertThat(codeAt(1234567890)).isEqualTo("005924");
        assertThat(codeAt(2000000000)).isEqualTo("279037");
        assertThat(codeAt(20000000000L)).isEqualTo("353130");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOfNowAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.stepAt(now);
        for (long delta = -1; delta <= 1; delta++) {
            assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + delta), now)).hasValue(step + delta);
        }
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 2), now)).isEmpty();
    }

    @Test
    void aCodeMayBeTypedWithSpacesButNothingElse() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_KEY, "287 082", now)).isPresent();
        assertThat(Totp.matchingStep(RFC_KEY, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "2870822", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "28708a", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, null, now)).isEmpty();
    }

    @Test
    void base32IsRfc4648sAlphabetWithoutPadding() {
        assertThat(Base32.encode(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw 6ytb oi======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(20);
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
        assertThatThrownBy(() -> Base32.decode("ABC1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String codeAt(long epochSecond) {
        return Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(epochSecond)));
    }
}
