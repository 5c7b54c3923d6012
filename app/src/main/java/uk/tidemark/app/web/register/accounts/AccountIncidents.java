package uk.tidemark.app.web.register.accounts;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.CaseGate;
import uk.tidemark.app.access.IncidentAccess;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.origin.CaseLocator;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.register.accounts.AccountViews.AccountIncident;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.query.*;
import uk.tidemark.kernel.officialaccount.query.OfficialAccountView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The incident cases that happened on an official account: named by their reference (or id) from the account's page,
 * and listed there (reference, date, category) only to those who may work on each case, a subject of it never.
 */
@Component
class AccountIncidents {

    private final QueryGateway queries;
    private final CaseLocator locator;
    private final AccessScope scope;
    private final CaseGate gate;
    private final IncidentAccess incidents;

    AccountIncidents(QueryGateway queries, CaseLocator locator, AccessScope scope, CaseGate gate,
                     IncidentAccess incidents) {
        this.queries = queries;
        this.locator = locator;
        this.scope = scope;
        this.gate = gate;
        this.incidents = incidents;
    }

    /** The account's incidents the user may work on, in the order they were named. */
    List<AccountIncident> on(TidemarkUser user, List<String> incidentIds) {
        List<AccountIncident> shown = new ArrayList<>();
        for (String id : incidentIds) {
            Optional<CaseOrigin> origin = locator.locate(id, CaseType.INCIDENT);
            if (origin.isEmpty() || !scope.mayWorkOn(user, origin.get().settingId())
                    || gate.isSubject(user, id, origin.get())) {
                continue;
            }
            IncidentDetail detail = queries.query(new FindIncident(IncidentId.of(id)),
                    ResponseTypes.instanceOf(IncidentDetail.class)).join();
            if (detail != null) {
                shown.add(new AccountIncident(id, detail.reference(), detail.category(), detail.occurredAt() != null ? detail.occurredAt()
                        : detail.loggedAt()));
            }
        }
        return shown;
    }

    /**
     * The id of the incident typed (its reference, or its id): one the user may act on (404 otherwise, as the
     * incident's own endpoints answer), of the account's setting (409 otherwise).
     */
    String resolve(TidemarkUser user, OfficialAccountView account, String typed) {
        String text = typed.strip();
        String id = locator.locate(text, CaseType.INCIDENT).isPresent() ? text : byReference(user, account, text)
                .orElseThrow(() -> new InvalidRequestException("incident", "must be the reference of an incident "
                        + "case of this setting that you work on."));
        CaseOrigin origin = incidents.requireActionable(user, id);
        if (!origin.settingId().equals(account.settingId())) {
            throw new RefusedCommandException("That incident belongs to another setting; name an incident of the "
                    + "account's own setting.");
        }
        return id;
    }

    private Optional<String> byReference(TidemarkUser user, OfficialAccountView account, String reference) {
        IncidentFilter filter = new IncidentFilter(null, null, null, null, account.settingId(), null,
                Set.copyOf(scope.settingIdsOf(user)), null, user.getUsername(), reference);
        IncidentPage page = queries.query(new FindIncidents(filter, 0, 5),
                ResponseTypes.instanceOf(IncidentPage.class)).join();
        return page.items().stream().filter(i -> reference.equalsIgnoreCase(i.reference()))
                .map(IncidentSummary::id).findFirst();
    }
}
