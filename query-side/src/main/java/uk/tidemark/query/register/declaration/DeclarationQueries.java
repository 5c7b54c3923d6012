package uk.tidemark.query.register.declaration;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.declaration.query.DeclarationView;
import uk.tidemark.kernel.declaration.query.FindDeclaration;
import uk.tidemark.kernel.declaration.query.FindDeclarations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Answers the declarations from the documents {@link DeclarationProjection} keeps. */
@Component
public class DeclarationQueries {

    private final MongoTemplate mongo;

    public DeclarationQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public Optional<DeclarationView> handle(FindDeclaration query) {
        return Optional.ofNullable(mongo.findById(query.declarationId().value(), DeclarationDocument.class))
                .map(DeclarationQueries::view);
    }

    /** The user's own and those of the settings they keep, newest first. */
    @QueryHandler
    public List<DeclarationView> handle(FindDeclarations query) {
        List<Criteria> any = new ArrayList<>();
        if (query.declaredBy() != null) {
            any.add(where("declaredBy").is(query.declaredBy()));
        }
        if (query.settingIds() != null && !query.settingIds().isEmpty()) {
            any.add(where("settingId").in(query.settingIds()));
        }
        if (any.isEmpty()) {
            return List.of();
        }
        Query q = new Query(new Criteria().orOperator(any))
                .with(Sort.by(Sort.Order.desc("declaredAt"), Sort.Order.asc("_id")));
        return mongo.find(q, DeclarationDocument.class).stream().map(DeclarationQueries::view).toList();
    }

    private static DeclarationView view(DeclarationDocument d) {
        return new DeclarationView(d.id, d.settingId, d.declaredBy, d.declarerName, d.kind, d.state, d.declaredAt,
                d.contact, d.approval, d.decisionOwner, d.decideBy == null ? null : LocalDate.parse(d.decideBy),
                d.note, d.notedBy, d.notedAt, d.approved, d.reasons, d.decidedBy, d.decidedAt, d.incidentId,
                d.summary, d.lastSequence);
    }
}
