package uk.tidemark.app.demo;

import uk.tidemark.kernel.consent.ConsentRecordId;
import uk.tidemark.kernel.consent.ConsentSource;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.consent.command.RecordImageConsent;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.person.ImportRoster;
import uk.tidemark.kernel.person.RosterEntry;
import uk.tidemark.kernel.person.RosterId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The image consent register of Riverside Primary, living (issue 18): the administrator imported the school list
 * from the MIS; Maya Collins's parents said no photos at all on her enrolment form; Leo Hart's mother asked for his
 * first name only, almost a year ago, so his review is coming up. Everyone else on the list may be photographed:
 * the quick check says so.
 */
final class DemoImageConsent implements DemoStory {

    private static final String SETTING = DemoOrganisation.RIVERSIDE_PRIMARY.id();
    private static final RosterId ROSTER = RosterId.of(SETTING);

    static List<DemoStory> all() {
        return List.of(new DemoImageConsent());
    }

    @Override
    public String kind() {
        return "image consent register";
    }

    @Override
    public String label() {
        return SETTING;
    }

    @Override
    public List<Step> plan(Instant now, DemoPeople directory) {
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/London"));
        List<RosterEntry> pupils = List.of(
                new RosterEntry("RP1001", "Maya Collins", PersonRole.PUPIL, "Year 3"),
                new RosterEntry("RP1002", "Leo Hart", PersonRole.PUPIL, "Year 5"),
                new RosterEntry("RP1003", "Amira Said", PersonRole.PUPIL, "Year 1"),
                new RosterEntry("RP1004", "Noah Price", PersonRole.PUPIL, "Year 6"));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("admin", new ImportRoster(ROSTER, pupils, Set.of(PersonRole.PUPIL), "mis-export.csv"),
                "school list import", now.minus(Duration.ofDays(30))));
        steps.add(record("RP1001", "Maya Collins", ImageAllowance.NONE, ConsentSource.ENROLMENT_FORM,
                today.minusDays(200), "Parents asked for no photos at all, in school or online.",
                now.minus(Duration.ofDays(20))));
        steps.add(record("RP1002", "Leo Hart", ImageAllowance.FIRST_NAME_ONLY, ConsentSource.PARENT_REQUEST,
                today.minusDays(352), "His mother is happy with photos if only his first name is shown.",
                now.minus(Duration.ofDays(10))));
        return steps;
    }

    private static Step record(String misId, String name, ImageAllowance allowed, ConsentSource source,
                               LocalDate givenOn, String note, Instant at) {
        PersonId pupil = ROSTER.personIdOf(misId);
        return new Step("dsl", new RecordImageConsent(ConsentRecordId.of(SETTING, pupil), SETTING, pupil, name,
                allowed, source, givenOn, note), "image consent entry", at);
    }
}
