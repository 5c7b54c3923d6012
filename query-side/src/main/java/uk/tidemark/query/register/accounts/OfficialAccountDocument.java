package uk.tidemark.query.register.accounts;

import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.OfficialAccountState;
import uk.tidemark.query.CaseHistoryDocument;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One official account in the register. Dates are ISO strings (the embedded store's dates are instants); the lead is
 * one of {@code people} (role LEAD), absent while the account has none. {@code summary} names the account for the
 * deadline board ("Instagram @ourschool").
 */
@Document(RegisterProjections.OFFICIAL_ACCOUNTS)
public class OfficialAccountDocument extends CaseHistoryDocument {

    public String settingId;
    public Platform platform;
    public String handle;
    public String address;
    public String purpose;
    public String audience;
    public String summary;
    public OfficialAccountState status;
    public List<PersonEntry> people = new ArrayList<>();
    public String credentialsKeptAt;
    public String passwordChangedOn;
    public String passwordChangeDueBy;
    public String handoverDueBy;
    public String reviewDueBy;
    public String requestedBy;
    public Instant requestedAt;
    public String decidedBy;
    public String decision;
    public String closingReason;
    /** The incident cases that happened on the account, in the order they were named. */
    public List<String> incidentIds = new ArrayList<>();

    /** Someone with access: username null for a moderator without a Tidemark user. */
    public record PersonEntry(String personId, String username, String name, AccountRole role, String dbsCheckedOn) {
    }
}
