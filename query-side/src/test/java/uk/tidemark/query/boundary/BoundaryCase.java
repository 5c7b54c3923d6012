package uk.tidemark.query.boundary;

import org.axonframework.eventhandling.DomainEventMessage;
import uk.tidemark.kernel.complaint.event.*;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.deadline.event.DeadlineSet;
import uk.tidemark.kernel.disciplinary.event.*;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.query.Stream;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One event of one type with the given field values, in a case whose history gives it something to act on: a case
 * logged, triaged, warned (warning {@code w-1}), referred ({@code r-1}) and escalated; an HR case to its outcome; a
 * complaint to its panel request; a deadline set. After the event comes a usual one (a note, findings, a withdrawal):
 * a case must go on being projected after whatever came before ("later notes vanish" was the symptom).
 */
record BoundaryCase(Class<?> type, List<Object> values) {

    private static final List<Class<?>> INCIDENT_HISTORY = List.of(IncidentLogged.class, IncidentTriaged.class,
            WarningIssued.class, ReferredToAgency.class, EscalatedToPolice.class);
    private static final List<Class<?>> HR_HISTORY = List.of(DisciplinaryCaseOpened.class,
            InvestigatorAppointed.class, InvestigationFindingsRecorded.class, InvitedToHearing.class, HearingHeld.class,
            OutcomeDecided.class);
    private static final List<Class<?>> COMPLAINT_HISTORY = List.of(ComplaintReceived.class,
            ComplaintAcknowledged.class, EscalatedToFormalStage.class, FormalResponseRecorded.class,
            PanelRequested.class);
    /** A pupil's image consent entry (issue 18): recorded, changed, reviewed. */
    private static final List<Class<?>> IMAGE_CONSENT_HISTORY = List.of(
            uk.tidemark.kernel.consent.event.ImageConsentRecorded.class,
            uk.tidemark.kernel.consent.event.ImageConsentChanged.class,
            uk.tidemark.kernel.consent.event.ImageConsentReviewed.class);
    /** An official account (issue 18): asked for, approved, a moderator given access. */
    private static final List<Class<?>> OFFICIAL_ACCOUNT_HISTORY = List.of(
            uk.tidemark.kernel.officialaccount.event.OfficialAccountRequested.class,
            uk.tidemark.kernel.officialaccount.event.OfficialAccountApproved.class,
            uk.tidemark.kernel.officialaccount.event.AccountPersonAdded.class);
    /** A policy (issue 18): published, asked again, acknowledged, a new version. */
    private static final List<Class<?>> POLICY_HISTORY = List.of(
            uk.tidemark.kernel.policy.event.PolicyPublished.class,
            uk.tidemark.kernel.policy.event.AcknowledgementAsked.class,
            uk.tidemark.kernel.policy.event.PolicyAcknowledged.class,
            uk.tidemark.kernel.policy.event.PolicyVersionPublished.class);
    /** A training record (issue 18): recorded. */
    private static final List<Class<?>> TRAINING_HISTORY = List.of(
            uk.tidemark.kernel.policy.event.TrainingRecorded.class);
    /** A declaration (issue 18): made, noted. */
    private static final List<Class<?>> DECLARATION_HISTORY = List.of(
            uk.tidemark.kernel.declaration.event.DeclarationMade.class,
            uk.tidemark.kernel.declaration.event.DeclarationNoted.class);
    /** A member of staff's low-level concerns (issue 18): opened, a concern, a review prompted. */
    private static final List<Class<?>> LOW_LEVEL_HISTORY = List.of(
            uk.tidemark.kernel.lowlevel.event.LowLevelConcernsOpened.class,
            uk.tidemark.kernel.lowlevel.event.LowLevelConcernRecorded.class,
            uk.tidemark.kernel.lowlevel.event.LowLevelConcernReviewPrompted.class);
    /** A subject access request (issue 19): received, its review started. */
    private static final List<Class<?>> SUBJECT_ACCESS_HISTORY = List.of(
            uk.tidemark.kernel.sar.event.SubjectAccessRequestReceived.class,
            uk.tidemark.kernel.sar.event.SubjectAccessReviewStarted.class);
    /** A record transfer (issue 20): started, delivered to a school outside Tidemark. */
    private static final List<Class<?>> RECORD_TRANSFER_HISTORY = List.of(
            uk.tidemark.kernel.transfer.event.RecordTransferStarted.class,
            uk.tidemark.kernel.transfer.event.RecordTransferDelivered.class);

    /** Whether the event is of a training record, a register record without a CaseType of its own. */
    boolean isTraining() {
        return EventTypes.familyOf(type) == uk.tidemark.kernel.policy.event.TrainingEvent.class;
    }

    /** Whether the field is the case's own id, which the event always carries as its case's (never a boundary). */
    static boolean isIdentity(Class<?> type, RecordComponent component) {
        if (DeadlineEvent.class.isAssignableFrom(type)) {
            return component.getName().equals("caseId");
        }
        return component.getName().equals(type.getRecordComponents()[0].getName());
    }

    /** The family's case: the deadline events belong to an incident (their usual case type). */
    CaseType caseType() {
        Class<?> family = EventTypes.familyOf(type);
        return family == DisciplinaryEvent.class ? CaseType.DISCIPLINARY
                : family == ComplaintEvent.class ? CaseType.COMPLAINT
                : family == uk.tidemark.kernel.consent.event.ImageConsentEvent.class ? CaseType.IMAGE_CONSENT
                : family == uk.tidemark.kernel.officialaccount.event.OfficialAccountEvent.class
                        ? CaseType.OFFICIAL_ACCOUNT
                : family == uk.tidemark.kernel.policy.event.PolicyEvent.class
                        || family == uk.tidemark.kernel.policy.event.TrainingEvent.class ? CaseType.POLICY
                : family == uk.tidemark.kernel.declaration.event.DeclarationEvent.class ? CaseType.DECLARATION
                : family == uk.tidemark.kernel.lowlevel.event.LowLevelConcernsEvent.class
                        ? CaseType.LOW_LEVEL_CONCERN
                : family == uk.tidemark.kernel.sar.event.SubjectAccessEvent.class ? CaseType.SUBJECT_ACCESS
                : family == uk.tidemark.kernel.transfer.event.RecordTransferEvent.class ? CaseType.RECORD_TRANSFER
                : CaseType.INCIDENT;
    }

    /** The messages, in order, of a fresh case of id {@code caseId}; the boundary event is delivered twice. */
    List<DomainEventMessage<?>> messages(String caseId) {
        CaseType caseType = caseType();
        List<Class<?>> history = switch (caseType) {
            case INCIDENT -> INCIDENT_HISTORY;
            case DISCIPLINARY -> HR_HISTORY;
            case COMPLAINT -> COMPLAINT_HISTORY;
            case IMAGE_CONSENT -> IMAGE_CONSENT_HISTORY;
            case OFFICIAL_ACCOUNT -> OFFICIAL_ACCOUNT_HISTORY;
            case POLICY -> isTraining() ? TRAINING_HISTORY : POLICY_HISTORY;
            case DECLARATION -> DECLARATION_HISTORY;
            case LOW_LEVEL_CONCERN -> LOW_LEVEL_HISTORY;
            case SUBJECT_ACCESS -> SUBJECT_ACCESS_HISTORY;
            case RECORD_TRANSFER -> RECORD_TRANSFER_HISTORY;
        };
        Stream stream = new Stream(caseType.name(), caseId, BoundaryValues.NOW.minusSeconds(3600));
        Object event = build(type, values, caseId, caseType);
        boolean creation = type == history.get(0);
        for (Class<?> earlier : creation ? List.<Class<?>>of() : history) {
            stream.then("dsl", usual(earlier, caseId, caseType));
        }
        if (DeadlineEvent.class.isAssignableFrom(type) && type != DeadlineSet.class) {
            stream.then(null, usual(DeadlineSet.class, caseId, caseType));
        }
        stream.then("dsl", event);
        long boundary = stream.lastSequence();
        stream.then("dsl", usual(switch (caseType) {
            case INCIDENT -> NoteAdded.class;
            case DISCIPLINARY -> BarringReferralDecisionRecorded.class;
            case COMPLAINT -> ComplaintWithdrawn.class;
            case IMAGE_CONSENT -> uk.tidemark.kernel.consent.event.ImageConsentEnded.class;
            case OFFICIAL_ACCOUNT -> uk.tidemark.kernel.officialaccount.event.OfficialAccountReviewed.class;
            case POLICY -> isTraining() ? uk.tidemark.kernel.policy.event.TrainingRecordRemoved.class
                    : uk.tidemark.kernel.policy.event.PolicyAcknowledged.class;
            case DECLARATION -> uk.tidemark.kernel.declaration.event.DeclarationDecided.class;
            case LOW_LEVEL_CONCERN -> uk.tidemark.kernel.lowlevel.event.LowLevelConcernReviewRecorded.class;
            case SUBJECT_ACCESS -> uk.tidemark.kernel.sar.event.RedactionMarked.class;
            case RECORD_TRANSFER -> uk.tidemark.kernel.transfer.event.RecordTransferReceived.class;
        }, caseId, caseType));
        List<DomainEventMessage<?>> messages = new ArrayList<>(stream.messages());
        messages.add(stream.message(boundary)); // redelivered: a no-op
        return messages;
    }

    static Object usual(Class<?> type, String caseId, CaseType caseType) {
        List<Object> values = Arrays.stream(type.getRecordComponents())
                .map(c -> BoundaryValues.usual(c, caseId, caseType)).toList();
        return build(type, values, caseId, caseType);
    }

    /** The event, its case id put in; {@code values} has one entry per field (ignored for the case id). */
    static Object build(Class<?> type, List<Object> values, String caseId, CaseType caseType) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = isIdentity(type, components[i]) ? BoundaryValues.usual(components[i], caseId, caseType)
                    : values.get(i);
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " of " + values, e);
        }
    }

    static String freshId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public String toString() {
        RecordComponent[] components = type.getRecordComponents();
        return type.getSimpleName() + Arrays.stream(components).map(c -> c.getName() + "=" + shown(
                values.get(Arrays.asList(components).indexOf(c)))).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
    }
}
