package uk.tidemark.query.disciplinary;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.disciplinary.query.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.CLOSED;

/**
 * Answers the HR register from the documents {@link HrRegisterProjection} keeps. The lists read the whole
 * collection (the embedded store scans for any query but one by _id): disciplinary cases number in the tens or
 * hundreds per trust, not the thousands.
 */
@Component
public class HrRegisterQueries {

    private final MongoTemplate mongo;

    public HrRegisterQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public Optional<DisciplinaryCaseDetail> handle(FindDisciplinaryCase query) {
        return Optional.ofNullable(mongo.findById(query.caseId().value(), DisciplinaryCaseDocument.class))
                .map(DisciplinaryViews::detail);
    }

    @QueryHandler
    public Optional<DisciplinaryStatus> handle(FindDisciplinaryStatus query) {
        return Optional.ofNullable(mongo.findById(query.caseId().value(), DisciplinaryCaseDocument.class))
                .map(d -> new DisciplinaryStatus(d.id, d.reference, d.stage, d.standingOutcome));
    }

    @QueryHandler
    public List<DisciplinaryCaseSummary> handle(FindDisciplinaryCases query) {
        return cases(query.visibleSettingIds(), query.openOnly());
    }

    @QueryHandler
    public HrRegister handle(FindHrRegister query) {
        Set<String> visible = query.visibleSettingIds();
        if (visible != null && visible.isEmpty()) {
            return new HrRegister(List.of(), List.of());
        }
        List<Criteria> all = scope(visible);
        all.add(where("warning").ne(null));
        List<LiveWarning> live = mongo.find(query(all), DisciplinaryCaseDocument.class).stream()
                .filter(d -> d.warning != null && d.warning.live())
                .map(d -> new LiveWarning(d.id, d.settingId, d.employeeName, d.warning.kind(), d.warning.issuedAt(),
                        d.warning.expiresAt()))
                .sorted(Comparator.comparing(LiveWarning::expiresAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(LiveWarning::caseId))
                .toList();
        return new HrRegister(cases(visible, true), live);
    }

    /** Newest opened first; a caller who may see no setting sees nothing. */
    private List<DisciplinaryCaseSummary> cases(Set<String> visible, boolean openOnly) {
        if (visible != null && visible.isEmpty()) {
            return List.of();
        }
        List<Criteria> all = scope(visible);
        if (openOnly) {
            all.add(where("stage").ne(CLOSED));
        }
        Query q = query(all).with(Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("_id")));
        return mongo.find(q, DisciplinaryCaseDocument.class).stream().map(DisciplinaryViews::summary).toList();
    }

    private static List<Criteria> scope(Set<String> visible) {
        List<Criteria> all = new ArrayList<>();
        if (visible != null) {
            all.add(where("settingId").in(visible));
        }
        return all;
    }

    private static Query query(List<Criteria> all) {
        return all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
    }
}
