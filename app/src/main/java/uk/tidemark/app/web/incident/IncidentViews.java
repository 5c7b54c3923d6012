package uk.tidemark.app.web.incident;

import io.swagger.v3.oas.annotations.media.Schema;
import uk.tidemark.app.evidence.EvidenceFiles;
import uk.tidemark.kernel.complaint.ComplaintStage;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.DisciplinaryStage;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.query.ChronologyEntry;
import uk.tidemark.kernel.incident.query.IncidentDetail;
import uk.tidemark.kernel.incident.query.IncidentSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the API answers about cases. Owned here, not the kernel's read-model records serialised as they are, so
 * that the core JSON contract (BRIEF.md) cannot change by accident when the read model does. Two audiences: the
 * case worker's full view, and the reporter's status-only view, which carries no people, free text or actions.
 */
final class IncidentViews {

    private IncidentViews() {
    }

    /** {@code reference}: the case's short reference, {@code RP-26-0042} (decision 0038). */
    @Schema(name = "Case", description = "A case in full, as its setting's safeguarding leads see it.")
    record CaseView(String id, String reference, String settingId, IncidentStatus status, Stage stage, Category category,
                    Platform platform, Instant occurredAt, Instant loggedAt, String reportedBy, String summary,
                    List<String> links, boolean immediateRisk, Severity severity, String triageReason,
                    AllegationRoute allegationRoute, String ownerId, List<PersonView> people,
                    List<WarningView> warnings, List<ContentActionView> contentActions,
                    List<EvidenceView> evidence, List<NoteView> notes, PoliceView police,
                    List<ReferralView> referrals, List<LinkedDisciplinaryView> disciplinaryCases,
                    List<LinkedComplaintView> complaints, Outcome outcome, String rationale, Instant closedAt,
                    Instant updatedAt, long version,
                    @Schema(description = "The other kinds of concern the case is as well.")
                    List<Category> secondaryCategories,
                    @Schema(description = "The report as first logged, once something of it was corrected; null "
                            + "while nothing was.") AsLoggedView asLogged,
                    @Schema(description = "The trust's own category under category, by the name it has now; null "
                            + "for none.") TrustCategoryView trustCategory) {
    }

    /**
     * One of the trust's own categories on a case (decision 0041): its id and name. A case's current category is
     * named as the trust names it now; the report as first logged, as it was named then.
     */
    @Schema(name = "TrustCategoryOnCase")
    record TrustCategoryView(String id, String name) {
    }

    /** What the report said when it was logged, kept beside the corrected record. */
    @Schema(name = "AsLogged")
    record AsLoggedView(Category category, Platform platform, Instant occurredAt, String summary,
                        List<PersonView> people, TrustCategoryView trustCategory) {
    }

    /**
     * A disciplinary case opened by this case's referral, as the DSL may see it: the stage and the standing
     * outcome, never the HR detail. {@code stage} is null for the moment between the referral and the case
     * being opened.
     */
    @Schema(name = "LinkedDisciplinaryCase")
    record LinkedDisciplinaryView(String caseId, String reference, DisciplinaryStage stage, DisciplinaryOutcome outcome) {
    }

    /** A complaint this case was redirected to, with its stage (null until it is received). */
    @Schema(name = "LinkedComplaint")
    record LinkedComplaintView(String complaintId, String reference, ComplaintStage stage) {
    }

    /**
     * Status only: not even the stage, which would tell a reporter that a case was escalated to the police or
     * referred to an agency, facts a reporter must never see.
     */
    @Schema(name = "ReportedCase", description = "A case as its reporter sees it: status only.")
    record ReportedCaseView(String id, String reference, IncidentStatus status, Category category, Instant loggedAt,
                            @Schema(description = "The files the reporter added to their report (GET of one case "
                                    + "only; not in the list).")
                            @com.fasterxml.jackson.annotation.JsonInclude(
                                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                            List<ReportedFileView> files,
                            @Schema(description = "The trust's own category under category, or null.")
                            TrustCategoryView trustCategory,
                            @Schema(description = "What the reporter wrote: their own words, so that they can tell "
                                    + "their reports apart (decision 0048).")
                            String summary) {
    }

    /** A file a reporter added to their own report: what they may see of it, and where to download it. */
    record ReportedFileView(String id, String name, long size, String contentType, Instant addedAt,
                            String download) {
    }

    @Schema(name = "CaseSummary", description = "A row of the case list, as a safeguarding lead sees it.")
    record CaseSummaryView(String id, String reference, String settingId, IncidentStatus status, Stage stage, Category category,
                           Platform platform, Severity severity, String ownerId, String reportedBy,
                           Instant occurredAt, Instant loggedAt, Instant updatedAt, boolean immediateRisk,
                           String summary, TrustCategoryView trustCategory) {
    }

    @Schema(name = "CasePage")
    record PageView<T>(List<T> items, int page, int size, long total) {
    }

    @Schema(name = "ChronologyEntry")
    record ChronologyView(Instant at, String type, String actor, String summary, long sequence,
                          @Schema(description = "True for a line of the chronology another Tidemark installation "
                                  + "sent with the case (decision 0057): sequence is its sequence there, actor null "
                                  + "and actorName who, as that installation named them") boolean received,
                          String actorName) {
    }

    /** {@code username}: the Tidemark user this person is, or null (never shown to that user if a subject). */
    @Schema(name = "PersonOnCaseView")
    record PersonView(String personId, String name, PersonRole role, Involvement involvement, String username) {
    }

    record WarningView(String warningId, String personId, WarningKind kind, WarningChannel channel, String text,
                       LocalDate responseDueBy, WarningResponse response, String responseNote, Instant issuedAt,
                       String issuedBy, Instant respondedAt) {
    }

    record ContentActionView(String id, ContentAction action, String reference, String note, Instant at,
                             String actor) {
    }

    record EvidenceView(String id, String description, String sha256, Instant capturedAt, String url,
                        Instant recordedAt, String recordedBy,
                        @Schema(description = "The file Tidemark keeps; null for evidence kept elsewhere, known "
                                + "by its SHA-256.") FileView file) {
    }

    /**
     * A kept file: its name, size in bytes and type as told from its bytes; {@code download} the exact bytes,
     * {@code thumbnail} a small PNG of an image (null for other types).
     */
    record FileView(String name, long size, String contentType, String download, String thumbnail) {
    }

    record NoteView(String id, String text, Instant at, String actor) {
    }

    record PoliceView(String id, PoliceReason reason, String force, String crimeReference, String officer,
                      Instant escalatedAt, String escalatedBy, List<PoliceUpdateView> updates) {
    }

    record PoliceUpdateView(String id, String status, String note, String crimeReference, Instant at,
                            String actor) {
    }

    record ReferralView(String id, Agency agency, String reason, String reference, Instant at, String actor,
                        Instant acknowledgedAt, String acknowledgementReference, String acknowledgementNote) {
    }

    /** @param namesNow the names the trust's categories have now, by id (a category renamed since is shown so) */
    static CaseView full(IncidentDetail d, List<LinkedDisciplinaryView> disciplinaryCases,
                         List<LinkedComplaintView> complaints, Map<String, String> namesNow) {
        IncidentDetail.Police p = d.police();
        PoliceView police = p == null ? null : new PoliceView(p.escalationId(), p.reason(), p.force(),
                p.crimeReference(), p.officer(), p.escalatedAt(), p.escalatedBy(),
                map(p.updates(), u -> new PoliceUpdateView(u.updateId(), u.status(), u.note(), u.crimeReference(),
                        u.at(), u.actor())));
        return new CaseView(d.id(), d.reference(), d.settingId(), d.status(), d.stage(), d.category(), d.platform(),
                d.occurredAt(), d.loggedAt(), d.reportedBy(), d.summary(), map(d.links(), Function.identity()),
                d.immediateRisk(), d.severity(), d.triageReason(), d.allegationRoute(), d.ownerId(),
                map(d.people(), IncidentViews::person),
                map(d.warnings(), w -> new WarningView(w.warningId(), w.personId(), w.kind(), w.channel(), w.text(),
                        w.responseDueBy(), w.response(), w.responseNote(), w.issuedAt(), w.issuedBy(),
                        w.respondedAt())),
                map(d.contentActions(), a -> new ContentActionView(a.actionId(), a.action(), a.reference(), a.note(),
                        a.at(), a.actor())),
                map(d.evidence(), e -> new EvidenceView(e.evidenceId(), e.description(), e.sha256(), e.capturedAt(),
                        e.url(), e.recordedAt(), e.recordedBy(), file(d.id(), e))),
                map(d.notes(), n -> new NoteView(n.noteId(), n.text(), n.at(), n.actor())),
                police,
                map(d.referrals(), r -> new ReferralView(r.referralId(), r.agency(), r.reason(), r.reference(),
                        r.at(), r.actor(), r.acknowledgedAt(), r.acknowledgementReference(), r.acknowledgementNote())),
                disciplinaryCases, complaints, d.outcome(), d.rationale(), d.closedAt(), d.updatedAt(), d.version(),
                map(d.secondaryCategories(), Function.identity()), asLogged(d.asLogged()),
                trust(d.trustCategory(), namesNow));
    }

    private static AsLoggedView asLogged(IncidentDetail.AsLogged a) {
        return a == null ? null : new AsLoggedView(a.category(), a.platform(), a.occurredAt(), a.summary(),
                map(a.people(), IncidentViews::person), trust(a.trustCategory(), Map.of()));
    }

    /** The case's trust category, by its name now when it still exists, else as the case recorded it. */
    private static TrustCategoryView trust(TrustCategory t, Map<String, String> namesNow) {
        return t == null ? null : new TrustCategoryView(t.id(), namesNow.getOrDefault(t.id(), t.name()));
    }

    private static PersonView person(Person x) {
        return new PersonView(x.personId() == null ? null : x.personId().value(), x.name(), x.role(), x.involvement(),
                x.username());
    }

    static ReportedCaseView reported(IncidentDetail d, Map<String, String> namesNow) {
        List<ReportedFileView> files = d.evidence().stream()
                .filter(e -> e.file() != null && d.reportedBy().equals(e.recordedBy()))
                .map(e -> new ReportedFileView(e.evidenceId(), e.file().name(), e.file().size(),
                        e.file().contentType(), e.recordedAt(), download(d.id(), e.evidenceId())))
                .toList();
        return new ReportedCaseView(d.id(), d.reference(), d.status(), d.category(), d.loggedAt(), files,
                trust(d.trustCategory(), namesNow), d.summary());
    }

    static ReportedCaseView reported(IncidentSummary s, Map<String, String> namesNow) {
        return new ReportedCaseView(s.id(), s.reference(), s.status(), s.category(), s.loggedAt(), null,
                trust(s.trustCategory(), namesNow), s.summary());
    }

    private static FileView file(String caseId, IncidentDetail.Evidence e) {
        if (e.file() == null) {
            return null;
        }
        String download = download(caseId, e.evidenceId());
        return new FileView(e.file().name(), e.file().size(), e.file().contentType(), download,
                EvidenceFiles.drawable(e.file().contentType()) ? download + "/thumbnail" : null);
    }

    private static String download(String caseId, String evidenceId) {
        return "/api/incidents/" + caseId + "/evidence/" + evidenceId;
    }

    static CaseSummaryView summary(IncidentSummary s, Map<String, String> namesNow) {
        return new CaseSummaryView(s.id(), s.reference(), s.settingId(), s.status(), s.stage(), s.category(), s.platform(),
                s.severity(), s.ownerId(), s.reportedBy(), s.occurredAt(), s.loggedAt(), s.updatedAt(),
                s.immediateRisk(), s.summary(), trust(s.trustCategory(), namesNow));
    }

    static ChronologyView chronology(ChronologyEntry e) {
        return new ChronologyView(e.at(), e.type(), e.actor(), e.summary(), e.sequence(), e.received(),
                e.actorName());
    }

    private static <S, T> List<T> map(List<S> list, Function<S, T> f) {
        return list == null ? List.of() : list.stream().map(f).toList();
    }
}
