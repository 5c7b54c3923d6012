package uk.tidemark.command.disciplinary;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.command.reference.CaseReferences;
import uk.tidemark.command.versioning.VersioningConfig;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.SubjectOfCaseException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.disciplinary.*;
import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.disciplinary.event.*;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.disciplinary.DisciplinaryRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.APPEAL_WINDOW;
import static uk.tidemark.kernel.deadline.DeadlineKind.WARNING_EXPIRY;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/**
 * An HR disciplinary case, after the ACAS Code. Every handler asks {@link DisciplinaryTransitions} first, then
 * checks its own rules ({@link DisciplinaryRule}), then applies; the event-sourcing handlers only remember what
 * later rules need.
 *
 * <p>Three parts keep their own rules and memory (Axon aggregate members): {@link DisciplinaryHearing}, the
 * invitation and the hearing; {@link DisciplinaryOutcomeAndAppeal}, the outcome, the appeal against it and the
 * warning it may give; {@link DisciplinaryResignationAndBarring}, the employee's resignation and the barring
 * referral decision. The case keeps its stage, the investigation, who may act on it and its closing.
 *
 * <p>Its deadlines go through {@link CaseDeadlines} and answer to the HR user who opened the case: the hearing
 * must be held by its date (HEARING_NOTICE), and two periods end by themselves, the appeal window and a written
 * warning's live period. They are durable Axon deadlines, so they survive a restart.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class DisciplinaryCaseAggregate {

    /**
     * The Axon deadline names used before every case's deadlines became {@link CaseDeadlines}: schedules made then
     * may still be due, so they are still handled (guarded by the case's state, as they are no longer cancelled).
     */
    static final String LEGACY_APPEAL_WINDOW = "appeal-window";
    static final String LEGACY_WARNING_EXPIRY = "warning-expiry";

    @AggregateIdentifier
    private DisciplinaryCaseId caseId;
    private DisciplinaryStage stage;
    /** Null only in a case opened before references existed, until it is given one (decision 0038). */
    private String reference;
    private Instant openedAt;
    /** The employee's own account, if linked: a conflict of interest, so they send nothing to their own case. */
    private String employeeUsername;
    /** What the letters tell (decision 0049): the invitation, the outcome and the appeal's decision. */
    private boolean hearingInvited;
    private boolean outcomeDecided;
    private boolean appealDecided;
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.DISCIPLINARY);
    @AggregateMember
    private final DisciplinaryHearing hearing = new DisciplinaryHearing(this, deadlines);
    @AggregateMember
    private final DisciplinaryOutcomeAndAppeal outcomeAndAppeal = new DisciplinaryOutcomeAndAppeal(this, deadlines);
    @AggregateMember
    private final DisciplinaryResignationAndBarring resignationAndBarring = new DisciplinaryResignationAndBarring(this);

    DisciplinaryCaseAggregate() {
        // for Axon, which rebuilds the case from its events
    }

    @CommandHandler
    DisciplinaryCaseAggregate(OpenDisciplinaryCase command,
                              @MetaDataValue(value = Meta.ACTOR, required = true) String actor,
                              @MetaDataValue(Meta.REFERENCE) String reference, CaseReferences references) {
        requireActor(actor);
        if (actor.equals(command.employeeUsername())) {
            throw new SubjectOfCaseException(); // the API refuses it first, with a 400 on the field
        }
        apply(new DisciplinaryCaseOpened(command.caseId(), command.settingId(), command.employeeName(),
                command.employeePersonId(), command.isTeacher(), command.concernsHarmToChildren(),
                command.allegation(), command.linkedIncidentId(), actor, command.employeeUsername(),
                references.given(reference, command.settingId(), now())));
    }

    /**
     * The employee sends nothing to their own case. The API hides the case from them first (from the case's first
     * event); this holds whatever the caller checked, for the commands its parts handle too.
     */
    @CommandHandlerInterceptor
    void refuseTheEmployee(CommandMessage<?> command) {
        if (employeeUsername != null && employeeUsername.equals(command.getMetaData().get(Meta.ACTOR))) {
            throw new SubjectOfCaseException();
        }
    }

    /** Axon 4.13 does not enforce {@code required = true} on aggregate handlers; the incident's check, copied. */
    @CommandHandlerInterceptor
    void requireActor(CommandMessage<?> command) {
        requireActor(command.getMetaData().get(Meta.ACTOR));
    }

    private static void requireActor(Object actor) {
        if (!(actor instanceof String name) || name.isBlank()) {
            throw ACTOR_REQUIRED.violation();
        }
    }

    /** Axon's clock, which stamps events and which the fixture moves with the deadlines' simulated time. */
    static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    /** The calendar of the case's setting, as it is now (decision 0032). */
    WorkingCalendar calendar(WorkingCalendars calendars) {
        return calendars.forSetting(deadlines.settingId());
    }

    DisciplinaryCaseId id() {
        return caseId;
    }

    DisciplinaryStage stage() {
        return stage;
    }

    @CommandHandler
    void handle(AppointInvestigator command) {
        DisciplinaryTransitions.check(command, stage);
        apply(new InvestigatorAppointed(caseId, command.investigator()));
    }

    @CommandHandler
    void handle(RecordInvestigationFindings command) {
        DisciplinaryTransitions.check(command, stage);
        apply(new InvestigationFindingsRecorded(caseId, command.findings()));
    }

    /** A letter generated from the case was sent: recorded once what it tells has happened (decision 0049). */
    @CommandHandler
    void handle(RecordDisciplinaryLetterSent command) {
        DisciplinaryTransitions.check(command, stage);
        String missing = command.kind() == null || command.kind().caseType() != CaseType.DISCIPLINARY
                ? "This is not a letter of an HR case."
                : switch (command.kind()) {
                    case HEARING_INVITATION -> hearingInvited ? null
                            : "Invite the employee to the hearing before sending the invitation letter.";
                    case DISCIPLINARY_OUTCOME -> outcomeDecided ? null
                            : "Decide the outcome before sending the outcome letter.";
                    case APPEAL_OUTCOME -> appealDecided ? null
                            : "Decide the appeal before sending the appeal outcome letter.";
                    default -> null;
                };
        if (missing != null) {
            throw LETTER_FROM_THE_CASE.violation(missing);
        }
        apply(new DisciplinaryLetterSent(caseId, command.kind(), command.sha256()));
    }

    @CommandHandler
    void handle(CloseDisciplinaryCase command) {
        DisciplinaryTransitions.check(command, stage);
        outcomeAndAppeal.requireNothingPendingBeforeClosing();
        resignationAndBarring.requireBarringDecisionBeforeClosing(outcomeAndAppeal.dismissed());
        apply(new DisciplinaryCaseClosed(caseId, command.rationale()));
        // a hearing that will not happen cannot be missed; the appeal window and a warning still end by themselves
        deadlines.cancelAll(DeadlineKind.HEARING_NOTICE, "The case was closed before the hearing.");
    }

    /**
     * A deadline's time has come. The end of the appeal window closes it (if no appeal came first) and the end of
     * a warning's live period expires it (a business fact: on a closed case too); a hearing not held by its date
     * is missed. Anything met or cancelled in the meantime is no longer pending and ends nothing.
     */
    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.pending(deadlineId).ifPresent(due -> {
            if (due.kind() == APPEAL_WINDOW) {
                outcomeAndAppeal.closeAppealWindow();
            } else if (due.kind() == WARNING_EXPIRY) {
                outcomeAndAppeal.expireWarning();
            }
        });
        deadlines.end(deadlineId);
    }

    /** A schedule made under the old name; an appeal lodged since then leaves nothing to close. */
    @DeadlineHandler(deadlineName = LEGACY_APPEAL_WINDOW)
    void legacyAppealWindowEnded() {
        outcomeAndAppeal.closeAppealWindow();
    }

    /**
     * A schedule made under the old name, when an appeal cancelled it: now it only expires a warning that still
     * stands and that no deadline of the current kind will expire.
     */
    @DeadlineHandler(deadlineName = LEGACY_WARNING_EXPIRY)
    void legacyWarningExpired(DisciplinaryOutcome outcome) {
        outcomeAndAppeal.expireLegacyWarning(outcome);
    }

    @CommandHandler
    void handle(AssignDisciplinaryCaseReference command, CaseReferences references) {
        DisciplinaryTransitions.check(command, stage);
        references.forOldCase(reference, deadlines.settingId(), openedAt).ifPresent(given -> apply(new DisciplinaryCaseReferenceAssigned(caseId, given)));
    }

    @EventSourcingHandler
    void on(DisciplinaryCaseReferenceAssigned event) {
        reference = event.reference();
    }

    @EventSourcingHandler
    void on(DisciplinaryCaseOpened event, @Timestamp Instant at) {
        caseId = event.caseId();
        reference = event.reference();
        openedAt = at;
        // HR answers for the case's deadlines: the HR user who opened it, or HR as a group when a DSL's referral
        // opened it (the referring DSL must not be told of, or answer for, the HR process)
        deadlines.identify(event.caseId().value(), event.settingId(),
                event.linkedIncidentId() == null ? event.openedBy() : null);
        stage = OPENED;
        employeeUsername = event.employeeUsername();
    }

    @EventSourcingHandler
    void on(InvestigatorAppointed event) {
        stage = INVESTIGATION;
    }

    @EventSourcingHandler
    void on(InvitedToHearing event) {
        stage = HEARING_ARRANGED;
        hearingInvited = true;
    }

    @EventSourcingHandler
    void on(HearingHeld event) {
        stage = HEARING_HELD;
    }

    @EventSourcingHandler
    void on(OutcomeDecided event) {
        stage = OUTCOME;
        outcomeDecided = true;
    }

    @EventSourcingHandler
    void on(AppealDecided event) {
        appealDecided = true;
    }

    @EventSourcingHandler
    void on(AppealLodged event) {
        stage = APPEAL;
    }

    @EventSourcingHandler
    void on(DisciplinaryCaseClosed event) {
        stage = CLOSED;
    }
}
