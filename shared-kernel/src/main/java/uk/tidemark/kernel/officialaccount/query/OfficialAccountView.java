package uk.tidemark.kernel.officialaccount.query;

import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.OfficialAccountState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An official account as the register keeps it: {@code lead} is null while the account has none (its lead left),
 * {@code people} its administrators and moderators; the dates awaited are those of its pending deadlines.
 */
public record OfficialAccountView(String id, String settingId, Platform platform, String handle, String address,
                                  String purpose, String audience, OfficialAccountState status, AccountPerson lead,
                                  List<AccountPerson> people, String credentialsKeptAt, LocalDate passwordChangedOn,
                                  LocalDate passwordChangeDueBy, LocalDate handoverDueBy, LocalDate reviewDueBy,
                                  String requestedBy, Instant requestedAt, String decidedBy, String decision,
                                  String closingReason, List<String> incidentIds, List<HistoryEntry> history,
                                  long version) {

    /** One line of the account's history. */
    public record HistoryEntry(Instant at, String type, String actor, String summary) {
    }
}
