package uk.tidemark.app.security.password;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rules (decision 0024, NCSC: length over complexity, a block list): at least 12 characters, not a
 * common password nor an obvious variant of one, not the username or the person's name, not the current password;
 * and no composition rule, so long plain phrases pass.
 */
class PasswordPolicyTest {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final PasswordPolicy policy = new PasswordPolicy(encoder);

    @Test
    void theShippedListHoldsTheThirtyThousandCommonestPasswords() {
        assertThat(policy.commonPasswords()).isGreaterThanOrEqualTo(30_000);
    }

    @Test
    void longPlainPhrasesPassWithoutDigitsSymbolsOrCapitals() {
        for (String fine : new String[]{"correct horse battery staple", "kettle orbit tulip harbour",
                "1234 kettle orbit", "weekend in whitby 1999", "Zoë's twelve cats!", "abcdefghijkx"}) {
            assertThat(policy.refusal(fine, "j.smith", "Jo Smith", null)).as(fine).isEmpty();
        }
    }

    @Test
    void shortPasswordsAreRefusedWhateverTheyContain() {
        assertThat(policy.refusal("Xk#9v!Lq2@z", "j.smith", "Jo Smith", null)).hasValueSatisfying(
                why -> assertThat(why).startsWith("must be at least 12 characters"));
        assertThat(policy.refusal("", "j.smith", "Jo Smith", null)).hasValue("is required.");
        // characters, not UTF-16 units: twelve emoji are twelve characters
        assertThat(policy.refusal("🌊".repeat(11), "j.smith", "Jo Smith", null)).isPresent();
    }

    @Test
    void tooLongForBcryptIsRefusedRatherThanCutShort() {
        assertThat(policy.refusal("a sentence that goes on ".repeat(4), "j.smith", "Jo Smith", null))
                .hasValueSatisfying(why -> assertThat(why).startsWith("must be at most 72"));
    }

    @Test
    void commonPasswordsAndTheirObviousVariantsAreRefused() {
        for (String common : new String[]{"1qaz2wsx3edc", "qwertyuiopasdfghjkl", "123456789012", "Password1234!",
                "PASSWORD123456", "P@ssw0rd-2024", "@dmin12345678", "qwertyqwertyqwerty", "aaaaaaaaaaaaaa",
                "abcabcabcabc", "football 2024 !!", "Tidemark2025!", "ab1234567890", "Liverpool1892!"}) {
            assertThat(policy.refusal(common, "j.smith", "Jo Smith", null)).as(common)
                    .hasValueSatisfying(why -> assertThat(why).startsWith("is too easy to guess"));
        }
    }

    @Test
    void theUsernameOrTheNameInsideIsRefusedIgnoringCase() {
        for (String personal : new String[]{"j.smith is my name", "JSMITH-and-a-long-tail", "smithy family trips",
                "hello jo smith 2024"}) {
            assertThat(policy.refusal(personal, "j.smith", "Jo Smith", null)).as(personal)
                    .hasValue("must not contain your username or your name.");
        }
        // a short part of a name is not looked for: "jo" is in "enjoy"
        assertThat(policy.refusal("enjoy the long walk home", "j.smith", "Jo Smith", null)).isEmpty();
    }

    @Test
    void theCurrentPasswordIsRefusedAsTheNewOne() {
        String current = "kettle orbit tulip harbour";
        assertThat(policy.refusal(current, "j.smith", "Jo Smith", encoder.encode(current)))
                .hasValue("must be different from your current password.");
        assertThat(policy.refusal("a quite different phrase", "j.smith", "Jo Smith", encoder.encode(current)))
                .isEmpty();
    }
}
