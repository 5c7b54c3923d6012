package uk.tidemark.app.security.totp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a recovery code looks like, and how it is read back when typed (decision 0031). */
class RecoveryCodesFormatTest {

    @Test
    void aSetIsTenDifferentCodesOfTenCharactersWithNoLettersThatReadAsOthers() {
        List<String> set = RecoveryCodes.newSet();
        assertThat(set).hasSize(RecoveryCodes.PER_SET).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}"));
        assertThat(RecoveryCodes.newSet()).as("another set").doesNotContainAnyElementsOf(set);
    }

    @Test
    void typedBackSpacesHyphensCaseAndLookalikeLettersDoNotMatter() {
        assertThat(RecoveryCodes.normalised("7kq2m-x9d4p")).isEqualTo("7kq2mx9d4p");
        assertThat(RecoveryCodes.normalised(" 7KQ2M X9D4P ")).isEqualTo("7kq2mx9d4p");
        assertThat(RecoveryCodes.normalised("o1il0-abcde")).isEqualTo("01110abcde");
    }

    @Test
    void anAuthenticatorCodeOrAnythingElseIsNotOfTheShape() {
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("123 456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("7kq2m-x9d4")).as("too short").isFalse();
        assertThat(RecoveryCodes.looksLikeOne("7kq2m-x9d4pp")).as("too long").isFalse();
        assertThat(RecoveryCodes.looksLikeOne("7kq2m-x9d4u")).as("u is not in the alphabet").isFalse();
        assertThat(RecoveryCodes.looksLikeOne(null)).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("1234567890")).as("ten digits are").isTrue();
    }
}
