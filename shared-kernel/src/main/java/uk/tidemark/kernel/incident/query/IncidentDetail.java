package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full current state of a case as the read model holds it. {@code version} is the sequence number of the
 * last event applied (the aggregate version a client sends back in {@code If-Match}), deadline events of the
 * case included. {@code disciplinaryCaseIds} and {@code complaintIds} are the HR cases and complaints opened from
 * this case, oldest first: their stage is asked of their own read models, which hold nothing else the DSL may see.
 * {@code reference} is the case's short reference ({@code RP-26-0042}, decision 0038); null only for a case logged
 * before references existed, until the application's start gives it one. {@code trustCategory}: the trust's own
 * category under {@code category}, with the name the case recorded (decision 0041), or null.
 */
public record IncidentDetail(String id, String reference, String settingId, IncidentStatus status, Stage stage, Category category,
                             Platform platform, Instant occurredAt, Instant loggedAt, String reportedBy,
                             String summary, List<String> links, boolean immediateRisk,
                             Severity severity, String triageReason, AllegationRoute allegationRoute,
                             String ownerId, List<Person> people, List<Warning> warnings,
                             List<ContentActionEntry> contentActions, List<Evidence> evidence, List<Note> notes,
                             Police police, List<Referral> referrals, List<String> disciplinaryCaseIds,
                             List<String> complaintIds, Outcome outcome, String rationale,
                             Instant closedAt, Instant updatedAt, long version,
                             List<Category> secondaryCategories, AsLogged asLogged, TrustCategory trustCategory) {

    /**
     * The report as first logged, when something of it was corrected since (null while nothing was): what the
     * reporter said, kept beside the corrected record.
     */
    public record AsLogged(Category category, Platform platform, Instant occurredAt, String summary,
                           List<Person> people, TrustCategory trustCategory) {
    }

    /** Whether {@code username} is linked to a SUBJECT of this case: a conflict of interest, which hides the case. */
    public boolean namesAsSubject(String username) {
        return username != null && people != null
                && people.stream().anyMatch(p -> username.equals(p.conflictedUsername()));
    }

    public record Warning(String warningId, String personId, WarningKind kind, WarningChannel channel, String text,
                          LocalDate responseDueBy, WarningResponse response, String responseNote,
                          Instant issuedAt, String issuedBy, Instant respondedAt) {
    }

    public record ContentActionEntry(String actionId, ContentAction action, String reference, String note,
                                     Instant at, String actor) {
    }

    /** {@code file}: the file Tidemark keeps; null for evidence kept elsewhere, known by its hash. */
    public record Evidence(String evidenceId, String description, String sha256, Instant capturedAt, String url,
                           Instant recordedAt, String recordedBy, EvidenceFile file) {
    }

    public record Note(String noteId, String text, Instant at, String actor) {
    }

    /** Null when the case was never escalated to the police. */
    public record Police(String escalationId, PoliceReason reason, String force, String crimeReference,
                         String officer, Instant escalatedAt, String escalatedBy, List<PoliceUpdate> updates) {
    }

    public record PoliceUpdate(String updateId, String status, String note, String crimeReference, Instant at,
                               String actor) {
    }

    /** The acknowledgement fields stay null until the agency acknowledges the referral. */
    public record Referral(String referralId, Agency agency, String reason, String reference, Instant at,
                           String actor, Instant acknowledgedAt, String acknowledgementReference,
                           String acknowledgementNote) {
    }
}
