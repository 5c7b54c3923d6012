package uk.tidemark.command.consent;

import org.axonframework.test.aggregate.AggregateTestFixture;
import uk.tidemark.command.DeadlineEvents;
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.consent.*;
import uk.tidemark.kernel.consent.command.*;
import uk.tidemark.kernel.consent.event.*;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineSet;
import uk.tidemark.kernel.incident.PersonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Ids, commands and events the image consent tests share; every value is fixed so expected events are exact. */
final class ImageConsentFixtures {

    static final Map<String, Object> ACTOR = Map.of("actor", "dsl");
    static final PersonId PUPIL = PersonId.of("person-pupil");
    static final ConsentRecordId ID = ConsentRecordId.of("setting-1", PUPIL);
    /** Monday 2 March 2026, 09:00 in London: the fixture's today. */
    static final Instant MONDAY_2_MARCH = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** Monday 1 September 2025, the enrolment form's day; its review falls on Tuesday 1 September 2026. */
    static final LocalDate ENROLLED = LocalDate.of(2025, 9, 1);
    static final LocalDate ENROLLED_REVIEW = LocalDate.of(2026, 9, 1);
    /** A year from today: Tuesday 2 March 2027. */
    static final LocalDate NEXT_REVIEW = LocalDate.of(2027, 3, 2);
    static final DeadlineEvents DEADLINES = new DeadlineEvents(CaseType.IMAGE_CONSENT, ID.value(), "setting-1");

    private ImageConsentFixtures() {
    }

    static AggregateTestFixture<ImageConsentAggregate> fixture() {
        AggregateTestFixture<ImageConsentAggregate> fixture = new AggregateTestFixture<>(ImageConsentAggregate.class);
        fixture.registerInjectableResource(WorkingCalendars.shipped()
                .withSettings(settingId -> CalendarRegion.ENGLAND_AND_WALES));
        return fixture;
    }

    static DeadlineSet review(LocalDate day) {
        return DEADLINES.set(DeadlineKind.CONSENT_REVIEW, day.toString(), WorkingCalendar.endOf(day), null);
    }

    static RecordImageConsent record() {
        return new RecordImageConsent(ID, "setting-1", PUPIL, "Ava Brook", ImageAllowance.NONE,
                ConsentSource.ENROLMENT_FORM, ENROLLED, "Parents said no photos at all");
    }

    static ImageConsentRecorded recorded() {
        return new ImageConsentRecorded(ID, "setting-1", PUPIL, "Ava Brook", ImageAllowance.NONE,
                ConsentSource.ENROLMENT_FORM, ENROLLED, "Parents said no photos at all", ENROLLED_REVIEW, "dsl");
    }

    static ChangeImageConsent change() {
        return new ChangeImageConsent(ID, ImageAllowance.FIRST_NAME_ONLY, ConsentSource.PARENT_REQUEST, null,
                "Mother agreed to photos with her first name");
    }

    static ImageConsentChanged changed(boolean restarted) {
        return new ImageConsentChanged(ID, ImageAllowance.NONE, ImageAllowance.FIRST_NAME_ONLY,
                ConsentSource.PARENT_REQUEST, TODAY, "Mother agreed to photos with her first name", NEXT_REVIEW,
                restarted);
    }

    static ReviewImageConsent reviewIt() {
        return new ReviewImageConsent(ID, null, "Checked at parents' evening");
    }

    static ImageConsentReviewed reviewed() {
        return new ImageConsentReviewed(ID, TODAY, "Checked at parents' evening", NEXT_REVIEW);
    }

    static EndImageConsent end() {
        return new EndImageConsent(ID, "Left for secondary school");
    }

    static ImageConsentEnded ended() {
        return new ImageConsentEnded(ID, "Left for secondary school");
    }

    /** A history that leaves the entry in {@code state}, its deadlines included. */
    static List<Object> history(ImageConsentState state) {
        return switch (state) {
            case ACTIVE -> List.of(recorded(), review(ENROLLED_REVIEW));
            case ENDED -> List.of(recorded(), review(ENROLLED_REVIEW), ended(),
                    DEADLINES.cancelled(DeadlineKind.CONSENT_REVIEW, ENROLLED_REVIEW.toString(),
                            "The pupil's entry ended: Left for secondary school"));
        };
    }
}
