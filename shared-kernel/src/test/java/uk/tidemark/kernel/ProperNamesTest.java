package uk.tidemark.kernel;

import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.incident.Agency;
import uk.tidemark.kernel.incident.Platform;

import static org.assertj.core.api.Assertions.assertThat;

class ProperNamesTest {

    @Test
    void agenciesAreSpeltAsTheyAre() {
        assertThat(ProperNames.words(Agency.LADO)).isEqualTo("LADO");
        assertThat(ProperNames.words(Agency.CEOP)).isEqualTo("CEOP");
        assertThat(ProperNames.words(Agency.POSH)).isEqualTo("POSH");
        assertThat(ProperNames.words(Agency.DBS)).isEqualTo("DBS");
        assertThat(ProperNames.words(Agency.TRA)).isEqualTo("TRA");
        assertThat(ProperNames.words(Agency.CHILDRENS_SOCIAL_CARE)).isEqualTo("Children's social care");
        assertThat(ProperNames.inSentence(Agency.CHILDRENS_SOCIAL_CARE)).isEqualTo("children's social care");
        assertThat(ProperNames.words(Agency.REPORT_HARMFUL_CONTENT)).isEqualTo("Report Harmful Content");
        assertThat(ProperNames.inSentence(Agency.LEGAL_ADVICE)).isEqualTo("legal advice");
    }

    @Test
    void platformsAreSpeltAsTheirOwnersSpellThem() {
        assertThat(ProperNames.words(Platform.WHATSAPP)).isEqualTo("WhatsApp");
        assertThat(ProperNames.words(Platform.TIKTOK)).isEqualTo("TikTok");
        assertThat(ProperNames.words(Platform.YOUTUBE)).isEqualTo("YouTube");
        assertThat(ProperNames.words(Platform.LINKEDIN)).isEqualTo("LinkedIn");
        assertThat(ProperNames.words(Platform.X)).isEqualTo("X (Twitter)");
        assertThat(ProperNames.inSentence(Platform.FACEBOOK)).isEqualTo("Facebook");
        assertThat(ProperNames.inSentence(Platform.OTHER_GAME)).isEqualTo("other game");
    }

    @Test
    void namesKeepTheirSpellingInsideLongerConstants() {
        assertThat(ProperNames.words(DeadlineKind.LADO_REFERRAL)).isEqualTo("LADO referral");
        assertThat(ProperNames.inSentence("HR_CASE_OPENED")).isEqualTo("HR case opened");
        assertThat(ProperNames.words("HARM_THRESHOLD")).isEqualTo("Harm threshold");
        assertThat(ProperNames.inSentence("HARM_THRESHOLD")).isEqualTo("harm threshold");
        assertThat(ProperNames.words((String) null)).isEmpty();
    }

    @Test
    void everyBrandOfPlatformIsInTheTable() {
        for (Platform p : Platform.values()) {
            if (p.name().contains("_") || p == Platform.EMAIL || p == Platform.OTHER) {
                continue; // words, not names
            }
            assertThat(ProperNames.WORDS.containsKey(p.name().toLowerCase(java.util.Locale.ROOT))
                    || ProperNames.CONSTANTS.containsKey(p.name())).as(p.name()).isTrue();
        }
    }
}
