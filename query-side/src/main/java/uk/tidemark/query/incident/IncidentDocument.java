package uk.tidemark.query.incident;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.incident.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One case in collection {@value #COLLECTION}, as {@link IncidentProjection} keeps it. A storage shape of its
 * own (not the kernel's view records) so that the API view can change without rewriting stored documents.
 * Instants are stored by MongoDB with millisecond precision.
 */
@Document(collection = IncidentDocument.COLLECTION)
class IncidentDocument {
    static final String COLLECTION = "incidents";

    @Id
    String id;
    /** {@code RP-26-0042} (decision 0038); null only until a case logged before references is given one. */
    String reference;
    /** The summary and the people's names, as {@link SearchText} finds them; kept with them. */
    String searchText;
    String settingId;
    IncidentStatus status;
    /** What readers see: CLOSED while closed, otherwise {@link #furthestStage}. */
    Stage stage;
    /** The furthest open stage reached; kept through a close so that reopening can return to it. */
    Stage furthestStage;
    Category category;
    /** The trust's own category under {@link #category} (decision 0041), with its name as the event gave it; null, not
     *  written, for a case without one, so that every document written before reads back as it was. */
    TrustCategoryEntry trustCategory;
    /** The other kinds of concern the case is as well (a post both defamatory and an image-consent breach); null, not
     *  written, until the category is first changed, so that every document written before reads back as it was. */
    List<Category> secondaryCategories;
    /** The report as first logged, kept from the first correction on (null while nothing was corrected). */
    AsLogged asLogged;
    Platform platform;
    Instant occurredAt;
    Instant loggedAt;
    String reportedBy;
    String summary;
    List<String> links = new ArrayList<>();
    boolean immediateRisk;
    Severity severity;
    String triageReason;
    AllegationRoute allegationRoute;
    String ownerId;
    List<PersonEntry> people = new ArrayList<>();
    /**
     * The usernames linked to a SUBJECT: users with a conflict of interest, from whom every query hides the case.
     * Kept beside the people so that a query can filter on it (absent from documents written before the links).
     */
    List<String> subjectUsernames = new ArrayList<>();
    List<WarningEntry> warnings = new ArrayList<>();
    List<ContentActionEntry> contentActions = new ArrayList<>();
    List<EvidenceEntry> evidence = new ArrayList<>();
    List<NoteEntry> notes = new ArrayList<>();
    /** Null until the case is escalated to the police. */
    PoliceEntry police;
    List<ReferralEntry> referrals = new ArrayList<>();
    /** HR cases opened from this case; their stage and outcome come from the HR register, never stored here. */
    List<String> disciplinaryCaseIds = new ArrayList<>();
    /** Complaints opened from this case; their stage comes from the complaints register. */
    List<String> complaintIds = new ArrayList<>();
    Outcome outcome;
    String rationale;
    Instant closedAt;
    Instant updatedAt;
    /** When the case's personal content was erased, and on what ground (decision 0051); null while it is not. */
    Instant erasedAt;
    uk.tidemark.kernel.ErasureGround erasedGround;
    /** Sequence number of the last event applied: the idempotency guard, and the version clients see. */
    long lastSequence;

    /** What the report said when it was logged: the DSL can always see it beside the corrected record. */
    record AsLogged(Category category, Platform platform, Instant occurredAt, String summary,
                    List<PersonEntry> people, TrustCategoryEntry trustCategory) {
    }

    /** One of the trust's own categories: its id and its name as recorded on the case. */
    record TrustCategoryEntry(String id, String name) {

        static TrustCategoryEntry of(TrustCategory t) {
            return t == null ? null : new TrustCategoryEntry(t.id(), t.name());
        }
    }

    /** {@code username} is null unless the person is linked to a Tidemark user. */
    record PersonEntry(String personId, String name, PersonRole role, Involvement involvement, String username) {

        PersonEntry linkedTo(String user) {
            return new PersonEntry(personId, name, role, involvement, user);
        }
    }

    /** {@code responseDueBy} is an ISO date string: a LocalDate would be stored at midnight in the JVM's zone. */
    record WarningEntry(String warningId, String personId, WarningKind kind, WarningChannel channel, String text,
                        String responseDueBy, WarningResponse response, String responseNote, Instant issuedAt,
                        String issuedBy, Instant respondedAt) {

        WarningEntry respondedWith(WarningResponse newResponse, String note, Instant at) {
            return new WarningEntry(warningId, personId, kind, channel, text, responseDueBy, newResponse, note,
                    issuedAt, issuedBy, at);
        }
    }

    record ContentActionEntry(String actionId, ContentAction action, String reference, String note, Instant at,
                              String actor) {
    }

    /** {@code file}: the kept file's name, size and type; null for evidence kept elsewhere (and before issue 15). */
    record EvidenceEntry(String evidenceId, String description, String sha256, Instant capturedAt, String url,
                         Instant recordedAt, String recordedBy, EvidenceFile file) {
    }

    record NoteEntry(String noteId, String text, Instant at, String actor) {
    }

    record PoliceEntry(String escalationId, PoliceReason reason, String force, String crimeReference,
                       String officer, Instant escalatedAt, String escalatedBy, List<PoliceUpdateEntry> updates) {

        PoliceEntry withUpdate(PoliceUpdateEntry update) {
            List<PoliceUpdateEntry> all = new ArrayList<>(updates == null ? List.of() : updates);
            all.add(update);
            boolean newReference = update.crimeReference() != null && !update.crimeReference().isBlank();
            return new PoliceEntry(escalationId, reason, force, newReference ? update.crimeReference() : crimeReference,
                    officer, escalatedAt, escalatedBy, all);
        }
    }

    record PoliceUpdateEntry(String updateId, String status, String note, String crimeReference, Instant at,
                             String actor) {
    }

    record ReferralEntry(String referralId, Agency agency, String reason, String reference, Instant at,
                         String actor, Instant acknowledgedAt, String acknowledgementReference,
                         String acknowledgementNote) {

        ReferralEntry acknowledged(String theirReference, String note, Instant when) {
            return new ReferralEntry(referralId, agency, reason, reference, at, actor, when, theirReference, note);
        }
    }
}
