package uk.tidemark.command.officialaccount;

import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.event.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.*;

/**
 * Who has access to one official account, and what their comings and goings still await: the password changes
 * (each leaver's person id and the day they left), the handovers (the leads who left), the key of each moderator's
 * pending DBS renewal. Kept as an {@code @AggregateMember} of {@link OfficialAccountAggregate}, rebuilt from its
 * events alone. It also tells the account's deadlines who answers for those set next (the lead; the headteacher
 * named when the lead leaves), from the events, so that sourcing them decides it as handling the command did.
 */
final class AccessHolders {

    private final CaseDeadlines deadlines;

    AccessHolders(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    private final Map<String, AccountPerson> people = new LinkedHashMap<>();
    private final Map<String, LocalDate> passwordChanges = new LinkedHashMap<>();
    private final Set<String> handovers = new LinkedHashSet<>();
    private final Map<String, String> dbsRenewalKeys = new HashMap<>();

    Optional<AccountPerson> person(String personId) {
        return Optional.ofNullable(people.get(personId));
    }

    Optional<AccountPerson> lead() {
        return people.values().stream().filter(p -> p.role() == AccountRole.LEAD).findFirst();
    }

    String leadUsername() {
        return lead().map(AccountPerson::username).orElse(null);
    }

    int size() {
        return people.size();
    }

    boolean holdsAPlace(String username) {
        return username != null && people.values().stream().anyMatch(p -> username.equals(p.username()));
    }

    List<String> placesOf(String username) {
        return people.values().stream().filter(p -> username.equals(p.username())).map(AccountPerson::personId)
                .toList();
    }

    /** The password changes a change on {@code changedOn} meets: of those who left on or before that day. */
    List<String> passwordChangesMetOn(LocalDate changedOn) {
        return passwordChanges.entrySet().stream().filter(e -> !e.getValue().isAfter(changedOn))
                .map(Map.Entry::getKey).toList();
    }

    List<String> handovers() {
        return List.copyOf(handovers);
    }

    String dbsRenewalKey(String personId) {
        return dbsRenewalKeys.get(personId);
    }

    static String dbsKey(String personId, LocalDate renewal) {
        return personId + "-" + renewal;
    }

    @EventSourcingHandler
    void on(OfficialAccountRequested event) {
        people.put(event.lead().personId(), event.lead());
    }

    @EventSourcingHandler
    void on(OfficialAccountApproved event) {
        deadlines.ownedBy(leadUsername());
    }

    @EventSourcingHandler
    void on(OfficialAccountReviewed event) {
        deadlines.ownedBy(leadUsername());
    }

    @EventSourcingHandler
    void on(AccountPersonAdded event) {
        deadlines.ownedBy(leadUsername());
        people.put(event.person().personId(), event.person());
        if (event.dbsRenewalDueBy() != null) {
            dbsRenewalKeys.put(event.person().personId(), dbsKey(event.person().personId(), event.dbsRenewalDueBy()));
        }
    }

    @EventSourcingHandler
    void on(ModeratorDbsChecked event) {
        deadlines.ownedBy(leadUsername());
        dbsRenewalKeys.put(event.personId(), dbsKey(event.personId(), event.renewalDueBy()));
    }

    @EventSourcingHandler
    void on(AccountPersonRemoved event, @Timestamp Instant at) {
        people.remove(event.personId());
        dbsRenewalKeys.remove(event.personId());
        if (event.answerable() != null) {
            deadlines.ownedBy(event.answerable());
        }
        if (event.passwordChangeDueBy() != null) {
            passwordChanges.put(event.personId(), LocalDate.ofInstant(at, WorkingCalendar.UK));
        }
        if (event.handoverDueBy() != null) {
            handovers.add(event.personId());
        }
    }

    @EventSourcingHandler
    void on(AccountLeadNamed event) {
        people.put(event.lead().personId(), event.lead());
        handovers.clear();
    }

    @EventSourcingHandler
    void on(AccountPasswordChanged event) {
        passwordChanges.values().removeIf(leftOn -> !leftOn.isAfter(event.changedOn()));
    }
}
