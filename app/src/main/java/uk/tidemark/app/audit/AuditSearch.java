package uk.tidemark.app.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.tidemark.kernel.CaseType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finding audit entries: by case, actor and time, within what the reader may see; newest first. */
@Repository
public class AuditSearch {

    /** What a reader may see: everything, or the entries of cases of these types in these settings, plus their
     * own sign-ins; never the entries of {@code hiddenCaseIds} (the cases the reader is a subject of). */
    public record Scope(boolean everything, Map<CaseType, Set<String>> settingsByCaseType, String ownSignInsOf,
                 Set<String> hiddenCaseIds) {
        public Scope {
            hiddenCaseIds = hiddenCaseIds == null ? Set.of() : Set.copyOf(hiddenCaseIds);
        }

        public static Scope all() {
            return new Scope(true, Map.of(), null, Set.of());
        }
    }

    public record Filter(String caseId, String actor, AuditKind kind, Instant from, Instant to) {
    }

    public record Page(List<AuditEntry> items, long total) {
    }

    private final JdbcTemplate jdbc;

    AuditSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page find(Filter filter, Scope scope, int page, int size) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.caseId() != null) {
            where.append(" AND case_id = ?");
            args.add(filter.caseId());
        }
        if (filter.actor() != null) {
            where.append(" AND actor = ?");
            args.add(filter.actor());
        }
        if (filter.kind() != null) {
            where.append(" AND kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.from() != null) {
            where.append(" AND occurred_at >= ?");
            args.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < ?");
            args.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (!scope.everything()) {
            where.append(" AND (").append(scopeClause(scope, args)).append(")");
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_audit_entry" + where, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<AuditEntry> items = jdbc.query("SELECT pos, occurred_at, kind, actor, case_type, case_id, setting_id, "
                        + "what, details, event_id, prev_hash, hash FROM tidemark_audit_entry" + where
                        + " ORDER BY pos DESC LIMIT ? OFFSET ?",
                (rs, i) -> AuditVerifier.read(rs), pageArgs.toArray());
        return new Page(items, total == null ? 0 : total);
    }

    private static String scopeClause(Scope scope, List<Object> args) {
        List<String> any = new ArrayList<>();
        scope.settingsByCaseType().forEach((type, settings) -> {
            if (!settings.isEmpty()) {
                any.add("(case_type = ? AND setting_id IN (" + String.join(", ", Collections.nCopies(settings.size(), "?"))
                        + "))");
                args.add(type.name());
                args.addAll(settings.stream().sorted().toList());
            }
        });
        if (scope.ownSignInsOf() != null) {
            any.add("(actor = ? AND kind IN ('" + AuditKind.SIGN_IN.name() + "', '" + AuditKind.SIGN_IN_FAILED.name()
                    + "', '" + AuditKind.SESSION_ENDED.name() + "', '" + AuditKind.ACCOUNT.name() + "'))");
            args.add(scope.ownSignInsOf());
        }
        if (any.isEmpty()) {
            return "1 = 0";
        }
        String visible = "(" + String.join(" OR ", any) + ")";
        if (scope.hiddenCaseIds().isEmpty()) {
            return visible;
        }
        args.addAll(scope.hiddenCaseIds().stream().sorted().toList());
        return visible + " AND (case_id IS NULL OR case_id NOT IN ("
                + String.join(", ", Collections.nCopies(scope.hiddenCaseIds().size(), "?")) + "))";
    }
}
