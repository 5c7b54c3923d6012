package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.tidemark.command.consent.ImageRemovalTimescale;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.command.incident.IncidentFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * Every (command, state) pair of the transition table, run against the aggregate. The expected verdicts are
 * written out below, independently of {@link IncidentTransitions}: changing the table without changing this
 * matrix fails, and so does an aggregate that ignores the table.
 */
class IncidentTransitionMatrixTest {

    private static final String EXPECTED = """
            command                 NEW      TRIAGED  CLOSED
            TriageIncident          allowed  allowed  refused
            AssignIncident          allowed  allowed  refused
            RecordContentAction     allowed  allowed  refused
            AddNote                 allowed  allowed  refused
            RecordEvidence          allowed  allowed  refused
            IssueWarning            refused  allowed  refused
            RecordWarningResponse   refused  allowed  refused
            EscalateToPolice        allowed  allowed  refused
            RecordPoliceUpdate      allowed  allowed  refused
            ReferToAgency           allowed  allowed  refused
            AcknowledgeReferral     allowed  allowed  refused
            ReferToDisciplinary     refused  allowed  refused
            RedirectToComplaint     refused  allowed  refused
            AddPersonToCase         allowed  allowed  refused
            CorrectPerson           allowed  allowed  refused
            ChangeCategory          allowed  allowed  refused
            AmendReport             allowed  allowed  refused
            CloseIncident           refused  allowed  refused
            ReopenIncident          refused  refused  allowed
            LinkPersonToUser        allowed  allowed  allowed
            AssignIncidentReference     allowed  allowed  allowed
            RequestDestruction      refused  refused  allowed
            ConfirmDestruction      refused  refused  allowed
            PlaceLegalHold          allowed  allowed  allowed
            LiftLegalHold           allowed  allowed  allowed
            ExtendRetention         refused  refused  allowed
            ExportCaseBundle        allowed  allowed  allowed
            TransferIncident        allowed  allowed  allowed
            NoteOptedOutPupil       allowed  allowed  refused
            """;

    /**
     * A command that passes every command-specific rule, the events it should cause (given the case's owner in
     * that state, which the deadlines it sets carry), and what it needs first.
     */
    private record Scenario(Object command, Function<String, List<Object>> events, List<Object> prerequisites) {
        Scenario(Object command, Object event, List<Object> prerequisites) {
            this(command, owner -> List.of(event), prerequisites);
        }
    }

    /** The matrix's cases name a parent and a member of staff as subjects, so that every command has someone to act on. */
    private static final List<Person> PEOPLE = List.of(
            new Person(PUPIL, "Pupil A", PersonRole.PUPIL, Involvement.TARGET),
            new Person(PARENT, "Parent B", PersonRole.PARENT_CARER, Involvement.SUBJECT),
            new Person(STAFF, "Subject C", PersonRole.STAFF, Involvement.SUBJECT));
    private static final DisciplinaryCaseId HR_CASE = DisciplinaryCaseId.of("disciplinary-1");
    private static final ComplaintId COMPLAINT = ComplaintId.of("complaint-1");
    /** Sunday 1 January 2040, New Year's Day: the review falls due at the end of Tuesday 3 January (a substitute day). */
    private static final java.time.LocalDate KEPT_UNTIL = java.time.LocalDate.of(2040, 1, 1);
    private static final java.time.Instant KEPT_UNTIL_DUE = java.time.Instant.parse("2040-01-03T23:59:59.999999999Z");

    private static final Map<Class<?>, Scenario> SCENARIOS = Stream.of(
            new Scenario(new TriageIncident(ID, Severity.HIGH, "Threatening", "deputy", AllegationRoute.NONE),
                    new IncidentTriaged(ID, Severity.HIGH, "Threatening", "deputy", AllegationRoute.NONE), List.of()),
            new Scenario(new AssignIncident(ID, "deputy", "Cover while away"),
                    new IncidentAssigned(ID, "deputy", "Cover while away"), List.of()),
            new Scenario(new RecordContentAction(ID, "action-1", ContentAction.POST_HIDDEN, "IG-77", "Hidden by admin"),
                    new ContentActionRecorded(ID, "action-1", ContentAction.POST_HIDDEN, "IG-77", "Hidden by admin"), List.of()),
            new Scenario(new AddNote(ID, "note-1", "Spoke to the parent"),
                    new NoteAdded(ID, "note-1", "Spoke to the parent"), List.of()),
            new Scenario(evidence(SHA),
                    new EvidenceRecorded(ID, "evidence-1", "Screenshot of the post", SHA, OCCURRED, "https://example.org/post/1"), List.of()),
            new Scenario(warn(OTHER_WARNING, PARENT), owner -> List.of(warned(OTHER_WARNING, PARENT),
                    DEADLINES.set(WARNING_RESPONSE, "warning-2", WARNING_RESPONSE_DUE, owner)), List.of()),
            new Scenario(new RecordWarningResponse(ID, WARNING, WarningResponse.COMPLIED, "Post removed"),
                    new WarningResponseRecorded(ID, WARNING, WarningResponse.COMPLIED, "Post removed"),
                    List.of(warned(WARNING, PARENT))),
            new Scenario(escalate(), escalated(), List.of()),
            new Scenario(new RecordPoliceUpdate(ID, "update-1", "Investigating", "Officer visited", "CR-1"),
                    new PoliceUpdateRecorded(ID, "update-1", "Investigating", "Officer visited", "CR-1"), List.of(escalated())),
            new Scenario(refer(Agency.CHILDRENS_SOCIAL_CARE), owner -> List.of(referred(Agency.CHILDRENS_SOCIAL_CARE),
                    DEADLINES.set(REFERRAL_FOLLOW_UP, "referral-CHILDRENS_SOCIAL_CARE", END_OF_NEXT_WORKING_DAY, owner)),
                    List.of()),
            new Scenario(new AcknowledgeReferral(ID, "referral-CEOP", "CEOP-12", "Acknowledged by email"),
                    new ReferralAcknowledged(ID, "referral-CEOP", "CEOP-12", "Acknowledged by email"),
                    List.of(referred(Agency.CEOP))),
            new Scenario(new ReferToDisciplinary(ID, HR_CASE, STAFF, true, true, "Messaged a pupil"),
                    new DisciplinaryReferralMade(ID, HR_CASE, "setting-1", STAFF, "Subject C", true, true,
                            "Messaged a pupil"), List.of()),
            new Scenario(new RedirectToComplaint(ID, COMPLAINT, ComplaintChannel.EMAIL, "Parent B", "Unhappy with the reply"),
                    new ComplaintReferralMade(ID, COMPLAINT, "setting-1", ComplaintChannel.EMAIL, "Parent B",
                            "Unhappy with the reply"), List.of()),
            new Scenario(new AddPersonToCase(ID, new Person(VOLUNTEER, "Volunteer D", PersonRole.VOLUNTEER,
                    Involvement.WITNESS), "Named by the parent"), new PersonAddedToCase(ID, new Person(VOLUNTEER,
                    "Volunteer D", PersonRole.VOLUNTEER, Involvement.WITNESS), "Named by the parent"), List.of()),
            new Scenario(new CorrectPerson(ID, PUPIL, "Pupil Ay", null, null, "Spelling"),
                    new PersonCorrected(ID, PEOPLE.get(0), new Person(PUPIL, "Pupil Ay", PersonRole.PUPIL,
                            Involvement.TARGET), "Spelling"), List.of()),
            new Scenario(new ChangeCategory(ID, Category.DEFAMATION, List.of(Category.IMAGE_CONSENT_BREACH), "A post"),
                    new CategoryChanged(ID, Category.CYBERBULLYING, Category.DEFAMATION, List.of(),
                            List.of(Category.IMAGE_CONSENT_BREACH), "A post"), List.of()),
            new Scenario(new AmendReport(ID, null, null, Platform.TIKTOK, "It was TikTok"),
                    new ReportAmended(ID, null, null, null, null, Platform.INSTAGRAM, Platform.TIKTOK, "It was TikTok"),
                    List.of()),
            new Scenario(close(), owner -> {
                List<Object> events = new ArrayList<>(List.of(closed()));
                events.addAll(reviewed(RetentionRule.ONLINE_SAFETY, SIX_YEARS_ON, owner));
                return events;
            }, List.of()),
            new Scenario(new ReopenIncident(ID, "The post is back"), reopened(), List.of()),
            new Scenario(new LinkPersonToUser(ID, PARENT, "parent-b"), new PersonLinkedToUser(ID, PARENT, "parent-b"),
                    List.of()),
            // the history's case has its reference from the start, so it keeps it: allowed, and nothing happens
            new Scenario(new AssignIncidentReference(ID), owner -> List.of(), List.of()),
            new Scenario(new RequestDestruction(ID, null, "Retention period ended"),
                    new DestructionRequested(ID, ErasureGround.RETENTION_SCHEDULE, "Retention period ended", "dsl"),
                    List.of()),
            new Scenario(new ConfirmDestruction(ID, ErasureGround.RETENTION_SCHEDULE), new IncidentContentDestroyed(ID, ErasureGround.RETENTION_SCHEDULE),
                    List.of(new DestructionRequested(ID, ErasureGround.RETENTION_SCHEDULE, "Period ended", "deputy"))),
            new Scenario(new PlaceLegalHold(ID, "Police investigation"),
                    new LegalHoldPlaced(ID, "Police investigation"), List.of()),
            new Scenario(new LiftLegalHold(ID, "Investigation closed"), new LegalHoldLifted(ID, "Investigation closed"),
                    List.of(new LegalHoldPlaced(ID, "Police investigation"))),
            new Scenario(new ExtendRetention(ID, KEPT_UNTIL, "A claim is expected"), owner -> List.of(
                    new RetentionExtended(ID, KEPT_UNTIL, "A claim is expected"),
                    DEADLINES.set(RETENTION_REVIEW, KEPT_UNTIL.toString(), KEPT_UNTIL_DUE, owner)), List.of()),
            new Scenario(new ExportCaseBundle(ID, "bundle-1", "The LADO", false, "a".repeat(64), "b".repeat(64)),
                    new CaseBundleExported(ID, "bundle-1", "The LADO", false, "a".repeat(64), "b".repeat(64)),
                    List.of()),
            new Scenario(new TransferIncident(ID, "transfer-1", null, null, "Oak Academy"),
                    new IncidentTransferred(ID, "setting-1", null, null, "Oak Academy", "transfer-1"), List.of()),
            new Scenario(new NoteOptedOutPupil(ID, PUPIL, ImageAllowance.NONE), owner -> List.of(
                    new OptedOutPupilNoted(ID, PUPIL, ImageAllowance.NONE, END_OF_NEXT_WORKING_DAY),
                    DEADLINES.set(IMAGE_REMOVAL, "1", END_OF_NEXT_WORKING_DAY, owner)),
                    List.of(new CategoryChanged(ID, Category.CYBERBULLYING, Category.IMAGE_CONSENT_BREACH, List.of(),
                            List.of(), "A photo posted without consent")))
    ).collect(Collectors.toMap(s -> s.command().getClass(), s -> s));

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
        fixture.registerInjectableResource(ImageRemovalTimescale.defaults());
    }

    static Stream<Arguments> everyCommandInEveryState() {
        return expectedMatrix().entrySet().stream().flatMap(row -> Arrays.stream(IncidentState.values())
                .map(state -> Arguments.of(row.getKey(), state, row.getValue().get(state))));
    }

    @ParameterizedTest(name = "{0} on a {1} case is {2}")
    @MethodSource("everyCommandInEveryState")
    void aggregateFollowsTheTransitionTable(String command, IncidentState state, String verdict) {
        Scenario scenario = scenarioFor(command);
        var result = fixture.givenCurrentTime(NOW).andGiven(history(state, scenario.prerequisites()))
                .when(scenario.command(), ACTOR);
        if (verdict.equals("allowed")) {
            String owner = state == IncidentState.NEW ? null : "dsl";
            result.expectSuccessfulHandlerExecution().expectEvents(scenario.events().apply(owner).toArray());
        } else {
            String sentence = IncidentTransitions.refusal(scenario.command().getClass(), state).orElseThrow();
            result.expectException(IncidentRuleViolation.class).expectExceptionMessage(sentence).expectNoEvents();
        }
    }

    @Test
    void tableGivesTheExpectedVerdictForEveryPair() {
        Map<String, Map<IncidentState, String>> actual = new TreeMap<>();
        for (IncidentTransitionTable.Row row : IncidentTransitions.rows()) {
            Map<IncidentState, String> verdicts = new EnumMap<>(IncidentState.class);
            for (IncidentState state : IncidentState.values()) {
                verdicts.put(state, row.allows(state) ? "allowed" : "refused");
            }
            actual.put(row.command().getSimpleName(), verdicts);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(expectedMatrix()));
    }

    @Test
    void tableHasARowForEveryCommandTheAggregateHandlesOnAnExistingCase() {
        // the case's own handlers and those of its parts (aggregate members)
        Set<String> handled = Stream.of(IncidentAggregate.class, IncidentPeople.class, IncidentWarnings.class,
                        IncidentEscalations.class, IncidentReport.class, IncidentRetention.class,
                        IncidentBundles.class, IncidentTransfer.class, IncidentImageConsent.class)
                .flatMap(part -> Arrays.stream(part.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(method -> method.getParameterTypes()[0].getSimpleName())
                .collect(Collectors.toSet());
        Set<String> inTable = IncidentTransitions.rows().stream()
                .map(row -> row.command().getSimpleName()).collect(Collectors.toSet());
        assertThat(inTable).isEqualTo(handled).hasSize(29);
    }

    /**
     * Reopening aside, the things a closed case accepts are a link to a user, which changes who may read the case
     * (a subject must stop seeing it at once), and a missing reference (decision 0038), which changes how it is named:
     * neither is about what happened in it.
     */
    /** Records governance (decision 0052): what a closed case's retention review and legal hold need. */
    private static final Set<Class<?>> RETENTION = Set.of(RequestDestruction.class, ConfirmDestruction.class,
            PlaceLegalHold.class, LiftLegalHold.class, ExtendRetention.class,
            ExportCaseBundle.class, // and a copy of what a closed case holds (decision 0054)
            TransferIncident.class); // and sending it on with the pupil (decision 0055)

    @Test
    void aClosedCaseRefusesEverythingButReopenALinkToAUserAndItsReferenceAndSaysSo() {
        for (IncidentTransitionTable.Row row : IncidentTransitions.rows()) {
            String refusal = row.refusals().get(IncidentState.CLOSED);
            if (row.command() == ReopenIncident.class || row.command() == LinkPersonToUser.class
                    || row.command() == AssignIncidentReference.class || RETENTION.contains(row.command())) {
                assertThat(refusal).isNull();
            } else if (row.command() == CloseIncident.class) {
                assertThat(refusal).isEqualTo("This case is already closed.");
            } else {
                assertThat(refusal).as(row.command().getSimpleName()).matches("This case is closed; reopen it before .+\\.");
            }
        }
    }

    @Test
    void refusalsReadAsSentencesWithoutJargon() {
        Stream.concat(IncidentTransitions.rows().stream().flatMap(row -> row.refusals().values().stream()),
                        Arrays.stream(IncidentRule.values()).map(IncidentRule::template))
                .forEach(sentence -> assertThat(sentence)
                        .matches("[A-Z].*\\.")
                        .doesNotContain("null", "Exception", "Incident(", "Id", "command"));
    }

    private static Map<String, Map<IncidentState, String>> expectedMatrix() {
        Map<String, Map<IncidentState, String>> matrix = new LinkedHashMap<>();
        EXPECTED.lines().skip(1).map(line -> line.trim().split("\\s+")).forEach(cells -> {
            Map<IncidentState, String> verdicts = new EnumMap<>(IncidentState.class);
            for (IncidentState state : IncidentState.values()) {
                verdicts.put(state, cells[state.ordinal() + 1]);
            }
            matrix.put(cells[0], verdicts);
        });
        return matrix;
    }

    private static Scenario scenarioFor(String command) {
        return SCENARIOS.entrySet().stream().filter(e -> e.getKey().getSimpleName().equals(command))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no scenario for " + command));
    }

    /** A realistic history that leaves the case in {@code state}, with the prerequisites recorded while open. */
    private static List<Object> history(IncidentState state, List<Object> prerequisites) {
        List<Object> events = new ArrayList<>(List.of(logged(PEOPLE)));
        if (state != IncidentState.NEW) {
            events.add(triaged());
        }
        // warnings only exist on triaged cases; a police escalation can come before triage
        prerequisites.stream().filter(e -> state != IncidentState.NEW || !(e instanceof WarningIssued)).forEach(events::add);
        if (state == IncidentState.CLOSED) {
            events.add(closed());
        }
        return events;
    }
}
