package uk.tidemark.query.sar;

import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.sar.Exemption;
import uk.tidemark.kernel.sar.SubjectAccessState;
import uk.tidemark.query.CaseHistoryDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One subject access request in collection {@value #COLLECTION}, as {@link SubjectAccessProjection} keeps it. */
@Document(collection = SubjectAccessDocument.COLLECTION)
class SubjectAccessDocument extends CaseHistoryDocument {
    static final String COLLECTION = "subject_access_requests";

    public String settingId;
    public String personId;
    public String personName;
    /** ISO days, as every calendar day of the read models. */
    public String receivedOn;
    public String dueOn;
    public String requester;
    public String receivedBy;
    public Instant receivedAt;
    public SubjectAccessState state;
    public String extensionReason;
    public List<Mark> redactions = new ArrayList<>();
    public String pdfSha256;
    public String jsonSha256;
    public Integer records;
    public Exemption ground;
    public String groundNote;
    public String answeredBy;
    public Instant answeredAt;
    /** The few words that name the request on the deadline board: never the person's name. */
    public String summary;

    public record Mark(String entryKey, String passage) {
    }
}
