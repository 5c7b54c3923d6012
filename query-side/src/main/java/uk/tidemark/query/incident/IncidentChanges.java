package uk.tidemark.query.incident;

import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.query.incident.IncidentDocument.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What each incident event changes in a case's {@link IncidentDocument}: pure edits of the document, nothing read,
 * stored or logged. {@link IncidentProjection} receives the events, skips those it has applied already, and stores
 * what these edits make; keeping them apart lets a reader see what a case page shows without the delivery rules.
 */
final class IncidentChanges {

    private IncidentChanges() {
    }

    /** The case as its report gave it, at version {@code seq}. */
    static IncidentDocument logged(IncidentLogged e, long seq, Instant at, String actor) {
        IncidentDocument doc = new IncidentDocument();
        doc.id = e.incidentId().value();
        doc.reference = e.reference();
        doc.settingId = e.settingId();
        doc.status = IncidentStatus.OPEN;
        doc.stage = Stage.NEW;
        doc.furthestStage = Stage.NEW;
        doc.category = e.category();
        doc.trustCategory = IncidentDocument.TrustCategoryEntry.of(e.trustCategory());
        doc.platform = e.platform();
        doc.occurredAt = e.occurredAt();
        doc.loggedAt = at;
        doc.reportedBy = e.reportedBy() != null ? e.reportedBy() : actor;
        doc.summary = e.summary();
        doc.links = e.links() == null ? new ArrayList<>() : new ArrayList<>(e.links());
        doc.immediateRisk = e.immediateRisk();
        if (e.people() != null) {
            e.people().forEach(p -> doc.people.add(new PersonEntry(p.personId().value(), p.name(), p.role(),
                    p.involvement(), p.username())));
        }
        doc.subjectUsernames = subjectUsernames(doc.people);
        doc.searchText = searchText(doc);
        doc.updatedAt = at;
        doc.lastSequence = seq;
        return doc;
    }

    /**
     * A case logged before references got one; nothing else changed, so it is not an update a reader sees. Its
     * document, stored before there was a search, gets the words it is found by now (every such case is given a
     * reference once, so every old document gets them, and a rebuild gives the same).
     */
    static void referenceAssigned(IncidentDocument doc, IncidentReferenceAssigned e) {
        doc.reference = e.reference();
        doc.searchText = searchText(doc);
    }

    private static String searchText(IncidentDocument doc) {
        return SearchText.of(doc.summary, doc.people.stream().map(PersonEntry::name).toList());
    }

    static void triaged(IncidentDocument doc, IncidentTriaged e) {
        doc.severity = e.severity();
        doc.triageReason = e.reason();
        doc.allegationRoute = e.allegationRoute();
        if (e.ownerId() != null) { // triage may leave ownership as it was
            doc.ownerId = e.ownerId();
        }
        advance(doc, Stage.TRIAGED);
    }

    static void assigned(IncidentDocument doc, IncidentAssigned e) {
        doc.ownerId = e.ownerId();
    }

    static void personLinked(IncidentDocument doc, PersonLinkedToUser e) {
        doc.people.replaceAll(p -> p.personId().equals(e.personId().value()) ? p.linkedTo(e.username()) : p);
        doc.subjectUsernames = subjectUsernames(doc);
    }

    static void personAdded(IncidentDocument doc, PersonAddedToCase e) {
        keepAsLogged(doc);
        PersonEntry added = entry(e.person());
        doc.people.removeIf(p -> p.personId().equals(added.personId()));
        doc.people.add(added);
        doc.subjectUsernames = subjectUsernames(doc);
        doc.searchText = searchText(doc);
    }

    static void personCorrected(IncidentDocument doc, PersonCorrected e) {
        keepAsLogged(doc);
        PersonEntry after = entry(e.after());
        doc.people.replaceAll(p -> p.personId().equals(after.personId()) ? after : p);
        doc.subjectUsernames = subjectUsernames(doc);
        doc.searchText = searchText(doc); // found by the corrected name from now on
    }

    static void categoryChanged(IncidentDocument doc, CategoryChanged e) {
        keepAsLogged(doc);
        doc.category = e.to();
        doc.trustCategory = IncidentDocument.TrustCategoryEntry.of(e.trustCategoryTo());
        doc.secondaryCategories = e.secondaryTo() == null ? new ArrayList<>() : new ArrayList<>(e.secondaryTo());
    }

    static void reportAmended(IncidentDocument doc, ReportAmended e) {
        keepAsLogged(doc);
        if (e.summaryTo() != null) {
            doc.summary = e.summaryTo();
        }
        if (e.occurredAtTo() != null) {
            doc.occurredAt = e.occurredAtTo();
        }
        if (e.platformTo() != null) {
            doc.platform = e.platformTo();
        }
        doc.searchText = searchText(doc);
    }

    /** Before the first correction changes anything: the report as logged, which nothing corrects afterwards. */
    private static void keepAsLogged(IncidentDocument doc) {
        if (doc.asLogged == null) {
            doc.asLogged = new AsLogged(doc.category, doc.platform, doc.occurredAt, doc.summary,
                    new ArrayList<>(doc.people), doc.trustCategory);
        }
    }

    private static PersonEntry entry(Person p) {
        return new PersonEntry(p.personId().value(), p.name(), p.role(), p.involvement(), p.username());
    }

    /**
     * The users linked to a subject, now or before: derived from the people and added to those already there, so a
     * redelivered or replayed event gives the same list, and a correction that makes a subject a witness does not
     * show them the case again (a conflict of interest is not undone by a correction, as the aggregate holds too).
     */
    private static List<String> subjectUsernames(IncidentDocument doc) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(doc.subjectUsernames == null ? List.of()
                : doc.subjectUsernames);
        all.addAll(subjectUsernames(doc.people));
        return new ArrayList<>(all);
    }

    private static List<String> subjectUsernames(List<PersonEntry> people) {
        return people.stream()
                .filter(p -> p.involvement() == Involvement.SUBJECT && p.username() != null && !p.username().isBlank())
                .map(PersonEntry::username).distinct().sorted().collect(Collectors.toCollection(ArrayList::new));
    }

    static void contentActionRecorded(IncidentDocument doc, ContentActionRecorded e, Instant at, String actor) {
        doc.contentActions.add(new ContentActionEntry(e.actionId(), e.action(), e.reference(), e.note(), at, actor));
        advance(doc, Stage.ACTION_TAKEN);
    }

    static void noteAdded(IncidentDocument doc, NoteAdded e, Instant at, String actor) {
        doc.notes.add(new NoteEntry(e.noteId(), e.text(), at, actor));
    }

    static void evidenceRecorded(IncidentDocument doc, EvidenceRecorded e, Instant at, String actor) {
        doc.evidence.add(new EvidenceEntry(e.evidenceId(), e.description(), e.sha256(), e.capturedAt(), e.url(), at,
                actor, e.file()));
    }

    static void warningIssued(IncidentDocument doc, WarningIssued e, Instant at, String actor) {
        String due = e.responseDueBy() == null ? null : e.responseDueBy().toString();
        doc.warnings.add(new WarningEntry(e.warningId().value(), e.personId().value(), e.kind(), e.channel(),
                e.text(), due, null, null, at, actor, null));
        advance(doc, Stage.ACTION_TAKEN);
    }

    static void warningResponseRecorded(IncidentDocument doc, WarningResponseRecorded e, Instant at) {
        doc.warnings.replaceAll(w -> w.warningId().equals(e.warningId().value())
                ? w.respondedWith(e.response(), e.note(), at) : w);
    }

    static void escalatedToPolice(IncidentDocument doc, EscalatedToPolice e, Instant at, String actor) {
        // today's rules refuse a second escalation, but a projection replays the events as they are, not as
        // the rules now are: a later escalation replaces the details and keeps the updates received
        var updates = doc.police == null ? new ArrayList<PoliceUpdateEntry>() : doc.police.updates();
        doc.police = new PoliceEntry(e.escalationId(), e.reason(), e.force(), e.crimeReference(), e.officer(),
                at, actor, updates);
        advance(doc, Stage.ESCALATED);
    }

    /** Only on a case escalated to the police: the projection ignores an update of any other. */
    static void policeUpdateRecorded(IncidentDocument doc, PoliceUpdateRecorded e, Instant at, String actor) {
        doc.police = doc.police.withUpdate(new PoliceUpdateEntry(e.updateId(), e.status(), e.note(),
                e.crimeReference(), at, actor));
    }

    static void referredToAgency(IncidentDocument doc, ReferredToAgency e, Instant at, String actor) {
        doc.referrals.add(new ReferralEntry(e.referralId(), e.agency(), e.reason(), e.reference(), at, actor,
                null, null, null));
        advance(doc, Stage.ESCALATED);
    }

    static void referralAcknowledged(IncidentDocument doc, ReferralAcknowledged e, Instant at) {
        doc.referrals.replaceAll(r -> r.referralId().equals(e.referralId())
                ? r.acknowledged(e.reference(), e.note(), at) : r);
    }

    /** Only the HR case's id: the DSL sees its stage and outcome from the HR register, nothing more. */
    static void referredToHr(IncidentDocument doc, DisciplinaryReferralMade e) {
        addOnce(doc.disciplinaryCaseIds, e.disciplinaryCaseId().value());
    }

    static void redirectedToComplaint(IncidentDocument doc, ComplaintReferralMade e) {
        addOnce(doc.complaintIds, e.complaintId().value());
    }

    static void closed(IncidentDocument doc, IncidentClosed e, Instant at) {
        doc.status = IncidentStatus.CLOSED;
        doc.stage = Stage.CLOSED;
        doc.outcome = e.outcome();
        doc.rationale = e.rationale();
        doc.closedAt = at;
    }

    static void reopened(IncidentDocument doc) {
        doc.status = IncidentStatus.OPEN;
        doc.stage = doc.furthestStage;
        doc.outcome = null;
        doc.rationale = null;
        doc.closedAt = null;
    }

    private static void addOnce(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    /** Open stages only move forward; a closed case stays CLOSED until reopened. */
    private static void advance(IncidentDocument doc, Stage reached) {
        doc.furthestStage = doc.furthestStage.atLeast(reached);
        if (doc.status != IncidentStatus.CLOSED) {
            doc.stage = doc.furthestStage;
        }
    }

    /** The case's personal content was erased: when, and on what ground (the case page says so). */
    static void erased(IncidentDocument doc, IncidentContentDestroyed e, Instant at) {
        doc.erasedAt = at;
        doc.erasedGround = e.ground();
    }

    /** Sent to another setting of the trust: its leads from now on, and no owner until one of them takes it. */
    static void transferred(IncidentDocument doc, IncidentTransferred e) {
        if (!e.outside()) {
            doc.settingId = e.toSettingId();
            doc.ownerId = null;
        }
    }
}
