package uk.tidemark.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import uk.tidemark.command.DeadlineEvents;
import uk.tidemark.command.References;
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Ids, people and events the incident tests share; every id is fixed so expected events are exact. */
final class IncidentFixtures {

    static final Map<String, Object> ACTOR = Map.of("actor", "dsl");

    static final IncidentId ID = IncidentId.of("incident-1");
    static final PersonId PUPIL = PersonId.of("person-pupil");
    static final PersonId PARENT = PersonId.of("person-parent");
    static final PersonId STAFF = PersonId.of("person-staff");
    static final PersonId VOLUNTEER = PersonId.of("person-volunteer");
    static final PersonId STRANGER = PersonId.of("person-not-on-the-case");
    static final WarningId WARNING = WarningId.of("warning-1");
    static final WarningId OTHER_WARNING = WarningId.of("warning-2");
    static final Instant OCCURRED = Instant.parse("2025-03-03T18:30:00Z");
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final DeadlineEvents DEADLINES = new DeadlineEvents(CaseType.INCIDENT, "incident-1", "setting-1");

    /** Tuesday 4 March 2025, 09:00 in London (GMT): when the tests that count deadlines log or act. */
    static final Instant NOW = Instant.parse("2025-03-04T09:00:00Z");
    /** 24 hours after a report made on a working day. */
    static final Instant FIRST_RESPONSE_DUE = Instant.parse("2025-03-05T09:00:00Z");
    /** The end of Wednesday 5 March 2025 in London: one working day after {@link #NOW}. */
    static final Instant END_OF_NEXT_WORKING_DAY = Instant.parse("2025-03-05T23:59:59.999999999Z");
    /** The end of Monday 10 March 2025, the response date of {@link #warned}. */
    static final Instant WARNING_RESPONSE_DUE = Instant.parse("2025-03-10T23:59:59.999999999Z");

    private IncidentFixtures() {
    }

    /** A fixture with setting-1 on the England and Wales calendar, as the Spring config gives the aggregate. */
    static AggregateTestFixture<IncidentAggregate> fixture() {
        return fixture(CalendarRegion.ENGLAND_AND_WALES);
    }

    /** A fixture with setting-1 on the calendar of {@code region}. */
    static AggregateTestFixture<IncidentAggregate> fixture(CalendarRegion region) {
        return fixture(region, RetentionSchedule.DEFAULT);
    }

    /** A fixture with setting-1 on the calendar of {@code region}, under {@code schedule}. */
    static AggregateTestFixture<IncidentAggregate> fixture(CalendarRegion region, RetentionSchedule schedule) {
        AggregateTestFixture<IncidentAggregate> fixture = new AggregateTestFixture<>(IncidentAggregate.class);
        fixture.registerInjectableResource(WorkingCalendars.shipped().withSettings(settingId -> region));
        fixture.registerInjectableResource(References.FIXED);
        fixture.registerInjectableResource(IncidentTimescales.DEFAULT);
        fixture.registerInjectableResource(schedule);
        return fixture;
    }

    /** A pupil targeted by a parent, witnessed by nobody on the workforce: no allegation route applies. */
    static final List<Person> PUPIL_AND_PARENT = List.of(
            new Person(PUPIL, "Pupil A", PersonRole.PUPIL, Involvement.TARGET),
            new Person(PARENT, "Parent B", PersonRole.PARENT_CARER, Involvement.SUBJECT));

    static List<Person> withSubject(PersonRole role) {
        return List.of(new Person(PUPIL, "Pupil A", PersonRole.PUPIL, Involvement.TARGET),
                new Person(STAFF, "Subject C", role, Involvement.SUBJECT));
    }

    static LogIncident log(List<Person> people) {
        return new LogIncident(ID, "setting-1", Category.CYBERBULLYING, Platform.INSTAGRAM, OCCURRED,
                "Comments about a pupil", List.of("https://example.org/post/1"), people, false);
    }

    static IncidentLogged logged(List<Person> people) {
        return new IncidentLogged(ID, "setting-1", Category.CYBERBULLYING, Platform.INSTAGRAM, OCCURRED,
                "Comments about a pupil", List.of("https://example.org/post/1"), people, false, "dsl",
                References.REFERENCE);
    }

    static IncidentLogged logged() {
        return logged(PUPIL_AND_PARENT);
    }

    static IncidentTriaged triaged() {
        return triaged(AllegationRoute.NONE);
    }

    static IncidentTriaged triaged(AllegationRoute route) {
        return new IncidentTriaged(ID, Severity.MEDIUM, "Upsetting, no threat", "dsl", route);
    }

    static IncidentClosed closed() {
        return new IncidentClosed(ID, Outcome.RESOLVED_INFORMALLY, "Parent removed the post");
    }

    /** Six years after a case closed at {@link #NOW}: the review of an online-safety incident (a Tuesday). */
    static final LocalDate SIX_YEARS_ON = LocalDate.of(2031, 3, 4);
    /** Ten years after a report at {@link #NOW}: the review of an allegation against staff (a Sunday). */
    static final LocalDate TEN_YEARS_ON = LocalDate.of(2035, 3, 4);
    /** The end of Monday 5 March 2035: the first working day on or after {@link #TEN_YEARS_ON}. */
    static final Instant TEN_YEARS_ON_DUE = Instant.parse("2035-03-05T23:59:59.999999999Z");

    /** What closing at {@link #NOW} applies after {@link #closed()} and the deadlines it settles: the review. */
    static List<Object> reviewed(RetentionRule rule, LocalDate on, String owner) {
        Instant due = WorkingCalendar.endOf(WorkingCalendar.englandAndWales().workingDayOnOrAfter(on));
        return List.of(new RetentionScheduled(ID, rule, on), DEADLINES.set(DeadlineKind.RETENTION_REVIEW,
                on.toString(), due, owner));
    }

    /** Closed at {@link #NOW}, an online-safety incident owned by dsl: the close and its review. */
    static Object[] closedAndReviewed() {
        List<Object> all = new java.util.ArrayList<>(List.of(closed()));
        all.addAll(reviewed(RetentionRule.ONLINE_SAFETY, SIX_YEARS_ON, "dsl"));
        return all.toArray();
    }

    static IncidentReopened reopened() {
        return new IncidentReopened(ID, "The post is back");
    }

    static WarningIssued warned(WarningId warningId, PersonId personId) {
        return new WarningIssued(ID, warningId, personId, WarningKind.WRITTEN, WarningChannel.LETTER,
                "Please remove the post", LocalDate.of(2025, 3, 10));
    }

    static IssueWarning warn(WarningId warningId, PersonId personId) {
        return new IssueWarning(ID, warningId, personId, WarningKind.WRITTEN, WarningChannel.LETTER,
                "Please remove the post", LocalDate.of(2025, 3, 10));
    }

    static EscalatedToPolice escalated() {
        return new EscalatedToPolice(ID, "escalation-1", PoliceReason.HARASSMENT, "Kent", "CR-1", "PC Lee");
    }

    static EscalateToPolice escalate() {
        return new EscalateToPolice(ID, "escalation-1", PoliceReason.HARASSMENT, "Kent", "CR-1", "PC Lee");
    }

    static ReferredToAgency referred(Agency agency) {
        return new ReferredToAgency(ID, "referral-" + agency, agency, "Allegation against staff", "REF-9");
    }

    static ReferToAgency refer(Agency agency) {
        return new ReferToAgency(ID, "referral-" + agency, agency, "Allegation against staff", "REF-9");
    }

    static CloseIncident close() {
        return new CloseIncident(ID, Outcome.RESOLVED_INFORMALLY, "Parent removed the post");
    }

    static RecordEvidence evidence(String sha256) {
        return new RecordEvidence(ID, "evidence-1", "Screenshot of the post", sha256, OCCURRED, "https://example.org/post/1");
    }
}
