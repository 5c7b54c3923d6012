package uk.tidemark.query.incident;

import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.TrustCategory;
import uk.tidemark.kernel.incident.query.IncidentDetail;
import uk.tidemark.kernel.incident.query.IncidentSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Maps the stored shape of a case to the kernel's views, which are what queries answer. */
final class IncidentViews {
    private IncidentViews() {
    }

    static IncidentSummary summary(IncidentDocument d) {
        return new IncidentSummary(d.id, d.reference, d.settingId, d.status, d.stage, d.category, d.platform, d.severity,
                d.ownerId, d.reportedBy, d.occurredAt, d.loggedAt, d.updatedAt, d.immediateRisk, d.summary,
                trust(d.trustCategory, d.category));
    }

    static IncidentDetail detail(IncidentDocument d) {
        return new IncidentDetail(d.id, d.reference, d.settingId, d.status, d.stage, d.category, d.platform, d.occurredAt,
                d.loggedAt, d.reportedBy, d.summary, copy(d.links), d.immediateRisk, d.severity, d.triageReason,
                d.allegationRoute, d.ownerId,
                map(d.people, p -> new Person(PersonId.of(p.personId()), p.name(), p.role(), p.involvement(),
                        p.username())),
                map(d.warnings, IncidentViews::warning),
                map(d.contentActions, a -> new IncidentDetail.ContentActionEntry(a.actionId(), a.action(),
                        a.reference(), a.note(), a.at(), a.actor())),
                map(d.evidence, e -> new IncidentDetail.Evidence(e.evidenceId(), e.description(), e.sha256(),
                        e.capturedAt(), e.url(), e.recordedAt(), e.recordedBy(), e.file())),
                map(d.notes, n -> new IncidentDetail.Note(n.noteId(), n.text(), n.at(), n.actor())),
                police(d.police),
                map(d.referrals, r -> new IncidentDetail.Referral(r.referralId(), r.agency(), r.reason(),
                        r.reference(), r.at(), r.actor(), r.acknowledgedAt(), r.acknowledgementReference(),
                        r.acknowledgementNote())),
                copy(d.disciplinaryCaseIds), copy(d.complaintIds),
                d.outcome, d.rationale, d.closedAt, d.updatedAt, d.lastSequence,
                copy(d.secondaryCategories), asLogged(d.asLogged), trust(d.trustCategory, d.category));
    }

    private static TrustCategory trust(IncidentDocument.TrustCategoryEntry t, Category under) {
        return t == null ? null : new TrustCategory(t.id(), t.name(), under);
    }

    private static IncidentDetail.AsLogged asLogged(IncidentDocument.AsLogged a) {
        return a == null ? null : new IncidentDetail.AsLogged(a.category(), a.platform(), a.occurredAt(), a.summary(),
                map(a.people(), p -> new Person(PersonId.of(p.personId()), p.name(), p.role(), p.involvement(),
                        p.username())), trust(a.trustCategory(), a.category()));
    }

    private static IncidentDetail.Warning warning(IncidentDocument.WarningEntry w) {
        LocalDate due = w.responseDueBy() == null ? null : LocalDate.parse(w.responseDueBy());
        return new IncidentDetail.Warning(w.warningId(), w.personId(), w.kind(), w.channel(), w.text(), due,
                w.response(), w.responseNote(), w.issuedAt(), w.issuedBy(), w.respondedAt());
    }

    private static IncidentDetail.Police police(IncidentDocument.PoliceEntry p) {
        if (p == null) {
            return null;
        }
        return new IncidentDetail.Police(p.escalationId(), p.reason(), p.force(), p.crimeReference(), p.officer(),
                p.escalatedAt(), p.escalatedBy(),
                map(p.updates(), u -> new IncidentDetail.PoliceUpdate(u.updateId(), u.status(), u.note(),
                        u.crimeReference(), u.at(), u.actor())));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static <S, T> List<T> map(List<S> list, Function<S, T> f) {
        return list == null ? List.of() : list.stream().map(f).toList();
    }
}
