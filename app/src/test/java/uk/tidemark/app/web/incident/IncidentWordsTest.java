package uk.tidemark.app.web.incident;

import org.junit.jupiter.api.Test;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.incident.Agency;
import uk.tidemark.kernel.incident.Platform;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The chronology's lines and the enum words of the pages (issue 16). */
class IncidentWordsTest {

    /** Names as the account store would give them. */
    private static final DisplayNames NAMES = new DisplayNames(null) {
        @Override
        public String of(String username) {
            return Map.of("dsl-a", "Dee Ess", "deputy-a", "Dep Uty").getOrDefault(username, username);
        }
    };
    private final IncidentWords words = new IncidentWords(NAMES);

    @Test
    void aChronologyLineSaysItsTypeOnce() {
        assertThat(words.line("INCIDENT_LOGGED", "Logged: cyberbullying on WhatsApp; 1 person named"))
                .isEqualTo(new IncidentWords.Line("Incident logged", "cyberbullying on WhatsApp; 1 person named"));
        assertThat(words.line("NOTE_ADDED", "Note: Spoke to the form tutor"))
                .isEqualTo(new IncidentWords.Line("Note added", "Spoke to the form tutor"));
        assertThat(words.line("REFERRAL_ACKNOWLEDGED", "Referral acknowledged (ref LADO-42): Strategy meeting"))
                .isEqualTo(new IncidentWords.Line(null, "Referral acknowledged (ref LADO-42): Strategy meeting"));
        assertThat(words.line("PERSON_ADDED_TO_CASE", "Sam Tutor (staff, subject)"))
                .isEqualTo(new IncidentWords.Line("Person added to case", "Sam Tutor (staff, subject)"));
        assertThat(words.line("WARNING_ISSUED", "Written warning issued to Sam by letter").head()).isNull();
    }

    @Test
    void severitiesAndPeopleAreInWords() {
        assertThat(words.line("INCIDENT_TRIAGED", "Triaged as HIGH (route: harm threshold): Staff named"))
                .isEqualTo(new IncidentWords.Line(null, "Triaged as high severity (route: harm threshold): Staff named"));
        assertThat(words.line("INCIDENT_ASSIGNED", "Assigned to deputy-a: Cover while dsl-a is away").rest())
                .isEqualTo("Assigned to Dep Uty: Cover while dsl-a is away");
        assertThat(words.line("INCIDENT_ASSIGNED", "Assigned to deputy-a").rest()).isEqualTo("Assigned to Dep Uty");
        assertThat(words.line("PERSON_LINKED_TO_USER", "Sam identified as the user dsl-a").rest())
                .isEqualTo("Sam identified as the Tidemark user Dee Ess");
    }

    @Test
    void enumWordsSpellNamesAsPeopleDo() {
        assertThat(words.of(Agency.LADO)).isEqualTo("LADO");
        assertThat(words.of(Platform.WHATSAPP)).isEqualTo("WhatsApp");
        assertThat(words.list(List.of(Agency.LADO, Agency.CHILDRENS_SOCIAL_CARE)))
                .isEqualTo("LADO, children's social care");
        assertThat(Choice.words("HARM_THRESHOLD")).isEqualTo("Harm threshold");
        assertThat(Choice.of(Platform.class)).extracting(Choice::label).contains("TikTok", "YouTube", "X (Twitter)");
    }
}
