package uk.tidemark.app.account;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A setting's code is made from its name's initials and is unique in its trust (decision 0038). */
class SettingCodesTest {

    @Test
    void aCodeIsTheInitialsOfTheNamesWordsAtMostFour() {
        assertThat(SettingCodes.derive("Riverside Primary", Set.of())).isEqualTo("RP");
        assertThat(SettingCodes.derive("Hillview Academy", Set.of())).isEqualTo("HA");
        assertThat(SettingCodes.derive("St Mary's C of E Primary School", Set.of())).isEqualTo("SMCE");
        assertThat(SettingCodes.derive("École Élémentaire du Parc", Set.of())).isEqualTo("EEDP");
    }

    @Test
    void aOneWordNameGivesItsFirstTwoLetters() {
        assertThat(SettingCodes.derive("Oakwood", Set.of())).isEqualTo("OA");
        assertThat(SettingCodes.derive("The Academy", Set.of())).isEqualTo("AC");
    }

    @Test
    void aCodeTakenInTheTrustIsFollowedByTheNextFreeLetter() {
        assertThat(SettingCodes.derive("Riverside Primary", Set.of("RP"))).isEqualTo("RPA");
        assertThat(SettingCodes.derive("Riverside Primary", Set.of("RP", "RPA"))).isEqualTo("RPB");
    }

    @Test
    void everyCodeIsTwoToFourCapitalLetters() {
        for (String name : new String[]{"", "1 2 3", "A", "Ünïcødé", "x y z w v u", "O'Neill's Nursery"}) {
            assertThat(SettingCodes.derive(name, Set.of())).as(name).matches(SettingCodes.CODE);
        }
    }
}
