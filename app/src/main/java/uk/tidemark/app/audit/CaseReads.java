package uk.tidemark.app.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.tidemark.kernel.CaseType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Who had read a case by a moment (issue 20, decision 0056): the read audit's entries filed under the case, up to and
 * including the moment, oldest first. Answered from the index on (case_id, kind, occurred_at) (V107), never a scan of
 * the trail. The trail records every read of case data before the data is returned (fail closed, {@link ReadAudit}),
 * so it is the one account of who saw a case: a read-model snapshot could only say what was there, not who read it.
 */
@Repository
public class CaseReads {

    /** One read: who (their username) and when the trail recorded it. */
    public record Read(String user, Instant at) {
    }

    private final JdbcTemplate jdbc;

    CaseReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The reads of the case the trail recorded up to and including {@code moment}, oldest first. */
    public List<Read> upTo(CaseType caseType, String caseId, Instant moment) {
        return jdbc.query("SELECT actor, occurred_at FROM tidemark_audit_entry WHERE case_id = ? AND kind = ? "
                        + "AND occurred_at <= ? AND case_type = ? ORDER BY occurred_at, pos",
                (rs, i) -> new Read(rs.getString("actor"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant()),
                caseId, AuditKind.READ.name(), OffsetDateTime.ofInstant(moment, ZoneOffset.UTC), caseType.name());
    }
}
