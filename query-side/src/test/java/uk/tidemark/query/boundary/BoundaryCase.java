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
                : family == ComplaintEvent.class ? CaseType.COMPLAINT : CaseType.INCIDENT;
    }

    /** The messages, in order, of a fresh case of id {@code caseId}; the boundary event is delivered twice. */
    List<DomainEventMessage<?>> messages(String caseId) {
        CaseType caseType = caseType();
        List<Class<?>> history = switch (caseType) {
            case INCIDENT -> INCIDENT_HISTORY;
            case DISCIPLINARY -> HR_HISTORY;
            case COMPLAINT -> COMPLAINT_HISTORY;
            default -> throw new IllegalArgumentException("no boundary history for a " + caseType + " record");
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
            default -> throw new IllegalArgumentException("no boundary history for a " + caseType + " record");
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
