package uk.tidemark.query.disciplinary;

import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The disciplinary cases whose employee is a Tidemark user (opened directly by HR with the employee's account
 * named): the conflict-of-interest queries ask here as well as of the incidents, so that a headteacher under a
 * disciplinary case never sees it. Cases opened from an incident inherit that incident's subjects instead.
 */
@Component
public class EmployeeAccounts {

    private final MongoTemplate mongo;

    public EmployeeAccounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    public void createIndexes() {
        mongo.indexOps(DisciplinaryCaseDocument.COLLECTION).ensureIndex(new Index().named("employee_username")
                .on("employeeUsername", Sort.Direction.ASC).sparse());
    }

    /** The ids of the disciplinary cases about this user. */
    public Set<String> casesAbout(String username) {
        Query about = Query.query(where("employeeUsername").is(username));
        about.fields().include("_id");
        Set<String> ids = new TreeSet<>();
        mongo.find(about, DisciplinaryCaseDocument.class).forEach(doc -> ids.add(doc.id));
        return ids;
    }

    /** The employee's account on the disciplinary case with this id, if it names one (by {@code _id}). */
    public Optional<String> employeeOf(String caseId) {
        Query byId = Query.query(where("_id").is(caseId));
        byId.fields().include("employeeUsername");
        DisciplinaryCaseDocument doc = mongo.findOne(byId, DisciplinaryCaseDocument.class);
        return doc == null ? Optional.empty() : Optional.ofNullable(doc.employeeUsername);
    }
}
