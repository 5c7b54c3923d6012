package uk.tidemark.query.register.accounts;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.query.FindOfficialAccount;
import uk.tidemark.kernel.officialaccount.query.FindOfficialAccounts;
import uk.tidemark.kernel.officialaccount.query.OfficialAccountView;
import uk.tidemark.query.register.accounts.OfficialAccountDocument.PersonEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Answers the official accounts register from {@link OfficialAccountProjection}'s documents. */
@Component
public class OfficialAccountQueries {

    private final MongoTemplate mongo;

    public OfficialAccountQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public Optional<OfficialAccountView> handle(FindOfficialAccount query) {
        return Optional.ofNullable(mongo.findById(query.accountId().value(), OfficialAccountDocument.class))
                .map(OfficialAccountQueries::view);
    }

    /** Newest request first; a caller who may see no setting sees nothing. */
    @QueryHandler
    public List<OfficialAccountView> handle(FindOfficialAccounts query) {
        if (query.settingIds() != null && query.settingIds().isEmpty()) {
            return List.of();
        }
        Query q = query.settingIds() == null ? new Query() : new Query(where("settingId").in(query.settingIds()));
        q.with(Sort.by(Sort.Order.desc("requestedAt"), Sort.Order.asc("_id")));
        return mongo.find(q, OfficialAccountDocument.class).stream().map(OfficialAccountQueries::view).toList();
    }

    private static OfficialAccountView view(OfficialAccountDocument d) {
        AccountPerson lead = d.people.stream().filter(p -> p.role() == AccountRole.LEAD).findFirst()
                .map(OfficialAccountQueries::person).orElse(null);
        List<AccountPerson> others = d.people.stream().filter(p -> p.role() != AccountRole.LEAD)
                .map(OfficialAccountQueries::person).toList();
        return new OfficialAccountView(d.id, d.settingId, d.platform, d.handle, d.address, d.purpose, d.audience,
                d.status, lead, others, d.credentialsKeptAt, date(d.passwordChangedOn), date(d.passwordChangeDueBy),
                date(d.handoverDueBy), date(d.reviewDueBy), d.requestedBy, d.requestedAt, d.decidedBy, d.decision,
                d.closingReason, List.copyOf(d.incidentIds), d.history.stream().map(h -> new OfficialAccountView.HistoryEntry(h.at(), h.type(),
                h.actor(), h.summary())).toList(), d.lastSequence);
    }

    private static AccountPerson person(PersonEntry p) {
        return new AccountPerson(p.personId(), p.username(), p.name(), p.role(), date(p.dbsCheckedOn()));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
