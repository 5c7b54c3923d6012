package uk.tidemark.app.web.register.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.OfficialAccountState;
import uk.tidemark.kernel.officialaccount.query.OfficialAccountView;

import java.time.LocalDate;
import java.util.List;

/** What the register's API answers (issue 18's contract, extended): the list's items and one account in full. */
final class AccountViews {

    private AccountViews() {
    }

    /** A user: username and display name. */
    record UserRef(String username, String name) {
    }

    /**
     * Someone with access (the lead too): {@code username} left out for a moderator without a Tidemark user,
     * {@code dbsCheckedOn} for anyone without a DBS check recorded.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Holder(String personId, String username, String name, LocalDate dbsCheckedOn) {
    }

    /** An item of {@code GET /api/registers/official-accounts}. */
    record Summary(String id, String settingId, Platform platform, String handle, String address,
                   OfficialAccountState status, Holder lead, List<Holder> moderators, List<Holder> administrators,
                   LocalDate passwordChangedOn, LocalDate passwordChangeDueBy, LocalDate handoverDueBy,
                   LocalDate reviewDueBy) {
    }

    /** An incident that happened on the account, as its page lists it. */
    record AccountIncident(String incidentId, String reference, uk.tidemark.kernel.incident.Category category,
                           java.time.Instant happenedAt) {
    }

    /** {@code GET /api/registers/official-accounts/{id}}. */
    record Detail(String id, String settingId, Platform platform, String handle, String address, String purpose,
                  String audience, OfficialAccountState status, Holder lead, List<Holder> moderators,
                  List<Holder> administrators, String credentialsKeptAt, LocalDate passwordChangedOn,
                  LocalDate passwordChangeDueBy, LocalDate handoverDueBy, LocalDate reviewDueBy, UserRef requestedBy,
                  UserRef decidedBy, String decision, String closingReason, List<AccountIncident> incidents,
                  List<OfficialAccountView.HistoryEntry> history, long version) {
    }

    static Summary summary(OfficialAccountView a) {
        return new Summary(a.id(), a.settingId(), a.platform(), a.handle(), a.address(), a.status(), lead(a),
                holders(a, AccountRole.MODERATOR), holders(a, AccountRole.ADMINISTRATOR), a.passwordChangedOn(),
                a.passwordChangeDueBy(), a.handoverDueBy(), a.reviewDueBy());
    }

    static Detail detail(OfficialAccountView a, DisplayNames names, List<AccountIncident> incidents) {
        return new Detail(a.id(), a.settingId(), a.platform(), a.handle(), a.address(), a.purpose(), a.audience(),
                a.status(), lead(a), holders(a, AccountRole.MODERATOR), holders(a, AccountRole.ADMINISTRATOR),
                a.credentialsKeptAt(), a.passwordChangedOn(), a.passwordChangeDueBy(), a.handoverDueBy(),
                a.reviewDueBy(), user(a.requestedBy(), names), user(a.decidedBy(), names), a.decision(),
                a.closingReason(), incidents, a.history().stream().map(h -> new OfficialAccountView.HistoryEntry(
                        h.at(), h.type(), LeaverChecks.ACTOR.equals(h.actor()) ? DisplayNames.TIDEMARK : names.of(h.actor()),
                        h.summary())).toList(),
                a.version());
    }

    private static Holder lead(OfficialAccountView a) {
        return a.lead() == null ? null : holder(a.lead());
    }

    private static List<Holder> holders(OfficialAccountView a, AccountRole role) {
        return a.people().stream().filter(p -> p.role() == role).map(AccountViews::holder).toList();
    }

    private static Holder holder(AccountPerson p) {
        return new Holder(p.personId(), p.username(), p.name(), p.dbsCheckedOn());
    }

    private static UserRef user(String username, DisplayNames names) {
        return username == null ? null : new UserRef(username, names.of(username));
    }
}
