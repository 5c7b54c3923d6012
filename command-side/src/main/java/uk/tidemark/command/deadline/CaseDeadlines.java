package uk.tidemark.command.deadline;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.*;
import uk.tidemark.kernel.time.DateWindow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The deadlines one case holds, and the mechanics every case type shares (docs/decisions: deadlines are events in
 * the case's own stream). A case keeps one of these as an {@code @AggregateMember}, so the deadline events it
 * applies are sourced here without the aggregate handling them itself.
 *
 * <p>Setting a deadline schedules an Axon deadline named {@link #DEADLINE_NAME} whose payload is the deadline id,
 * and applies {@code DeadlineSet}. Meeting, missing and cancelling apply their event only while the deadline is
 * pending, so a fulfilling event after the end, or the schedule firing after the deadline was met, does nothing:
 * schedules are never cancelled. What is pending is rebuilt from the deadline events alone, never from the
 * domain events, so a case's history decides its deadlines even if the rules that set them change later.
 */
public final class CaseDeadlines {

    /** The one Axon deadline name of every case; the payload is the deadline id. */
    public static final String DEADLINE_NAME = "tidemark-deadline";

    /** A pending deadline; {@code key} is the last part of its id (a warning or referral id, a date, or 1). */
    public record Due(DeadlineKind kind, String key, Instant dueAt) {
    }

    public static final String OUTSIDE_THE_WINDOW = "This would set a deadline outside the dates Tidemark can count ("
            + DateWindow.FIRST_DAY + " to " + DateWindow.LAST_DAY + "), so nothing was changed; check the server's "
            + "clock and tell your administrator.";

    private final CaseType caseType;
    private String caseId;
    private String settingId;
    private String ownerId;
    /** In the order set, so cancelling them all applies the events in a stable order. */
    private final Map<String, Due> pending = new LinkedHashMap<>();

    public CaseDeadlines(CaseType caseType) {
        this.caseType = caseType;
    }

    /**
     * Names the case. Called by the creating command handler (whose events are applied only after it returns,
     * so its own deadlines need the names at once) and by the creating event's sourcing handler.
     */
    public void identify(String caseId, String settingId, String ownerId) {
        this.caseId = caseId;
        this.settingId = settingId;
        this.ownerId = ownerId;
    }

    /** Who later deadlines, and misses of pending ones, are answerable to (null: the setting's DSLs). */
    public void ownedBy(String ownerId) {
        this.ownerId = ownerId;
    }

    /** The case's setting: its deadlines count on that setting's calendar. */
    public String settingId() {
        return settingId;
    }

    public String idOf(DeadlineKind kind, String key) {
        return DeadlineEvent.idOf(caseId, kind, key);
    }

    public boolean isPending(DeadlineKind kind, String key) {
        return pending.containsKey(idOf(kind, key));
    }

    public boolean hasPending(DeadlineKind kind) {
        return pending.values().stream().anyMatch(due -> due.kind() == kind);
    }

    public Optional<Due> pending(String deadlineId) {
        return Optional.ofNullable(pending.get(deadlineId));
    }

    /** Schedules the deadline and applies {@code DeadlineSet}; a deadline already pending under this id stays as it is. */
    public void set(DeadlineManager manager, DeadlineKind kind, String key, Instant dueAt) {
        if (!DateWindow.contains(dueAt)) {
            // the commands' dates are checked before they get here; this holds for what is computed from the clock
            throw new RefusedCommandException(OUTSIDE_THE_WINDOW);
        }
        String id = idOf(kind, key);
        if (pending.containsKey(id)) {
            return;
        }
        manager.schedule(dueAt, DEADLINE_NAME, id);
        apply(new DeadlineSet(id, kind, caseType, caseId, settingId, dueAt, ownerId));
    }

    /** Applies {@code DeadlineMet} if the deadline is pending; call it after the event that meets it. */
    public void meet(DeadlineKind kind, String key) {
        meet(idOf(kind, key));
    }

    private void meet(String id) {
        Due due = pending.get(id);
        if (due != null) {
            apply(new DeadlineMet(id, due.kind(), caseType, caseId));
        }
    }

    /** Applies {@code DeadlineCancelled} if the deadline is pending. */
    public void cancel(DeadlineKind kind, String key, String reason) {
        cancel(idOf(kind, key), reason);
    }

    private void cancel(String id, String reason) {
        Due due = pending.get(id);
        if (due != null) {
            apply(new DeadlineCancelled(id, due.kind(), caseType, caseId, reason));
        }
    }

    /** Cancels every pending deadline of {@code kind}. */
    public void cancelAll(DeadlineKind kind, String reason) {
        for (String id : idsOf(kind)) {
            cancel(id, reason);
        }
    }

    /** Cancels every pending deadline (a case that ends before its obligations fall due). */
    public void cancelAll(String reason) {
        for (String id : new ArrayList<>(pending.keySet())) {
            cancel(id, reason);
        }
    }

    /**
     * The scheduled time of a deadline has come. If it is still pending, a period that ends by itself is met
     * ({@code DeadlineMet}) and an obligation is missed ({@code DeadlineMissed}, to the current owner). The case
     * applies whatever domain event the end means (a warning expired, no response recorded) before calling this.
     */
    public void end(String deadlineId) {
        Due due = pending.get(deadlineId);
        if (due == null) {
            return;
        }
        if (due.kind().endsByItself()) {
            meet(deadlineId);
        } else {
            apply(new DeadlineMissed(deadlineId, due.kind(), caseType, caseId, settingId, due.dueAt(), ownerId));
        }
    }

    private List<String> idsOf(DeadlineKind kind) {
        return pending.entrySet().stream().filter(e -> e.getValue().kind() == kind).map(Map.Entry::getKey).toList();
    }

    @EventSourcingHandler
    void on(DeadlineSet event) {
        String prefix = DeadlineEvent.idOf(event.caseId(), event.kind(), "");
        pending.put(event.deadlineId(), new Due(event.kind(), event.deadlineId().substring(prefix.length()), event.dueAt()));
    }

    @EventSourcingHandler
    void on(DeadlineMet event) {
        pending.remove(event.deadlineId());
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        pending.remove(event.deadlineId());
    }

    @EventSourcingHandler
    void on(DeadlineCancelled event) {
        pending.remove(event.deadlineId());
    }
}
