package uk.tidemark.kernel.disciplinary.query;

import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.DisciplinaryStage;
import uk.tidemark.kernel.disciplinary.ReferralDecision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The whole HR record of a disciplinary case, for HR (and the headteacher) only. Parts not reached yet are null.
 * {@code standingOutcome} is the outcome that stands after any appeal (null once overturned); {@code warning} is
 * the written warning on the record, if the outcome gave one. {@code version} is the sequence number of the last
 * event applied (the aggregate version a client sends back in {@code If-Match}). {@code reference} is the case's
 * short reference (decision 0038); null only for a case opened before references existed.
 */
public record DisciplinaryCaseDetail(String caseId, String reference, String settingId, String employeeName, String employeePersonId,
                                     boolean teacher, boolean concernsHarmToChildren, String allegation,
                                     String linkedIncidentId, String openedBy, Instant openedAt,
                                     DisciplinaryStage stage, String investigator, String findings, Hearing hearing,
                                     Decision outcome, Appeal appeal, DisciplinaryOutcome standingOutcome,
                                     Warning warning, Resignation resignation, BarringDecision barringDecision,
                                     Instant closedAt, String closingRationale, List<HistoryEntry> history,
                                     Instant updatedAt, long version) {

    /**
     * {@code heldAt}, {@code heldOn} and {@code companion} stay null until the hearing is held (companion: null if
     * alone; heldOn: also null for a hearing recorded before decision 0047, which was held on the day of
     * {@code heldAt}). {@code hearingAt} and {@code place} are null when the invitation did not give them.
     */
    public record Hearing(LocalDate invitedOn, LocalDate hearingOn, boolean rightToBeAccompaniedStated,
                          Instant heldAt, String companion, LocalTime hearingAt, String place, LocalDate heldOn) {
    }

    /** The hearing's outcome; {@code appealWindowClosesAt} is null when there is nothing to appeal. */
    public record Decision(DisciplinaryOutcome outcome, String reasons, Instant decidedAt,
                           Instant appealWindowClosesAt, boolean appealWindowClosed) {
    }

    /** {@code decision} and what follows it stay null until the appeal is decided. */
    public record Appeal(String grounds, Instant lodgedAt, AppealDecision decision, DisciplinaryOutcome variedOutcome,
                         String reasons, Instant decidedAt) {
    }

    /**
     * A written warning: live until {@code expiresAt} unless set aside on appeal (overturned, or varied to an
     * outcome that is not a written warning).
     */
    public record Warning(DisciplinaryOutcome kind, Instant issuedAt, Instant expiresAt, boolean expired,
                          Instant expiredAt, boolean setAsideOnAppeal) {
    }

    public record Resignation(LocalDate effectiveOn, Instant recordedAt) {
    }

    /** {@code tra} is null for an employee who is not a teacher. */
    public record BarringDecision(ReferralDecision dbs, ReferralDecision tra, String reasons, Instant recordedAt) {
    }

    /** One event of the case: when, its type (e.g. {@code OUTCOME_DECIDED}), who (null for the clock), what. */
    public record HistoryEntry(Instant at, String type, String actor, String summary) {
    }
}
