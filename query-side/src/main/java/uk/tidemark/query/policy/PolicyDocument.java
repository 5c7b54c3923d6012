package uk.tidemark.query.policy;

import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.policy.PolicyState;
import uk.tidemark.query.CaseHistoryDocument;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One policy in collection {@value RegisterProjections#POLICIES}, with its version in force, as
 * {@link PolicyProjection} keeps it. {@code summary} names it for the deadline board. Calendar dates are ISO strings.
 */
@Document(collection = RegisterProjections.POLICIES)
class PolicyDocument extends CaseHistoryDocument {

    String settingId;
    String summary;
    String title;
    String text;
    int version;
    String effectiveFrom;
    List<String> roles = new ArrayList<>();
    String publishedBy;
    Instant publishedAt;
    String acknowledgeBy;
    PolicyState state;
    /** Usernames asked to acknowledge the version in force. */
    List<String> asked = new ArrayList<>();
    List<AcknowledgementEntry> acknowledged = new ArrayList<>();
    /** Usernames whose deadline for the version in force was missed. */
    List<String> overdue = new ArrayList<>();

    record AcknowledgementEntry(String username, Instant at) {
    }
}
