package uk.tidemark.query.disciplinary;

import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail.*;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseSummary;

import java.time.LocalDate;
import java.time.LocalTime;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import java.util.List;

/** Maps the stored shape of an HR case to the kernel's views. */
final class DisciplinaryViews {
    private DisciplinaryViews() {
    }

    static DisciplinaryCaseSummary summary(DisciplinaryCaseDocument d) {
        return new DisciplinaryCaseSummary(d.id, d.reference, d.settingId, d.employeeName, d.stage, d.standingOutcome, d.openedAt,
                d.linkedIncidentId);
    }

    static DisciplinaryCaseDetail detail(DisciplinaryCaseDocument d) {
        var h = d.hearing;
        var o = d.outcome;
        var a = d.appeal;
        var w = d.warning;
        var r = d.resignation;
        var b = d.barring;
        return new DisciplinaryCaseDetail(d.id, d.reference, d.settingId, d.employeeName, d.employeePersonId, d.teacher,
                d.concernsHarm, d.allegation, d.linkedIncidentId, d.openedBy, d.openedAt, d.stage, d.investigator,
                d.findings,
                h == null ? null : new Hearing(date(h.invitedOn()), date(h.hearingOn()), h.rightToBeAccompaniedStated(),
                        h.heldAt(), h.companion(), h.hearingAt() == null ? null : LocalTime.parse(h.hearingAt()),
                        h.place(), date(h.heldOn())),
                o == null ? null : new Decision(o.outcome(), o.reasons(), o.decidedAt(), o.appealWindowClosesAt(),
                        o.appealWindowClosed()),
                a == null ? null : new Appeal(a.grounds(), a.lodgedAt(), inAcasTerms(a.decision()), a.variedOutcome(), a.reasons(),
                        a.decidedAt()),
                d.standingOutcome,
                w == null ? null : new Warning(w.kind(), w.issuedAt(), w.expiresAt(), w.expired(), w.expiredAt(),
                        w.setAsideOnAppeal()),
                r == null ? null : new Resignation(date(r.effectiveOn()), r.recordedAt()),
                b == null ? null : new BarringDecision(b.dbs(), b.tra(), b.reasons(), b.recordedAt()),
                d.closedAt, d.closingRationale,
                d.history == null ? List.of() : d.history.stream()
                        .map(e -> new HistoryEntry(e.at(), e.type(), e.actor(), e.summary())).toList(),
                d.updatedAt, d.lastSequence);
    }

    /** A decision stored as UPHELD before decision 0047 meant that the outcome stands: NOT_UPHELD in ACAS terms. */
    @SuppressWarnings("deprecation")
    static AppealDecision inAcasTerms(AppealDecision stored) {
        return stored == AppealDecision.UPHELD ? AppealDecision.NOT_UPHELD : stored;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
