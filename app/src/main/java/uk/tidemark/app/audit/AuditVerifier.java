package uk.tidemark.app.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * Checks the whole chain with nothing but a JDBC connection, so that the same code answers
 * {@code GET /api/audit/verify} and runs offline ({@link VerifyAuditLog}), without the application.
 *
 * <p>Appends may go on while it runs. The head is read before the entries and again after them: the entries up to
 * the first head are checked (all of them were committed before it was read, since an append inserts its entry
 * and moves the head in one transaction); entries appended meanwhile are left for the next run; an entry beyond
 * the second head is not part of the chain at all, and invalid.
 */
public final class AuditVerifier {

    /**
     * @param valid        whether every entry up to the head is where it should be, unaltered
     * @param entries      how many entries were checked (the whole log when valid)
     * @param firstInvalid the position of the first bad entry (a missing one: the position where it should be);
     *                     null when valid
     * @param reason       what is wrong there, in a few words; null when valid
     * @param lastHash     the hash of the last entry checked: write it down elsewhere to detect, later, a
     *                     rewrite of the whole chain
     */
    public record Result(boolean valid, long entries, Long firstInvalid, String reason, String lastHash) {
        static Result ok(long entries, String lastHash) {
            return new Result(true, entries, null, null, lastHash);
        }

        static Result bad(long entries, long position, String reason) {
            return new Result(false, entries, position, reason, null);
        }
    }

    private record Head(long lastPosition, String lastHash) {
    }

    private AuditVerifier() {
    }

    public static Result verify(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        // PostgreSQL streams a large result only inside a transaction; nothing is written either way
        connection.setAutoCommit(false);
        try {
            return check(connection);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Result check(Connection connection) throws SQLException {
        Head head = head(connection);
        long expected = 1;
        String prev = AuditChain.GENESIS;
        long checked = 0;
        long beyondHead = -1;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT pos, occurred_at, kind, actor, case_type, case_id, setting_id, what, details, event_id, "
                        + "prev_hash, hash FROM tidemark_audit_entry ORDER BY pos")) {
            select.setFetchSize(1000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    AuditEntry entry = read(rs);
                    if (entry.position() > head.lastPosition()) {
                        beyondHead = entry.position();
                        break;
                    }
                    if (entry.position() != expected) {
                        return Result.bad(checked, expected, "entry missing");
                    }
                    if (!prev.equals(entry.prevHash())) {
                        return Result.bad(checked, entry.position(), "does not follow the entry before it");
                    }
                    if (!AuditChain.hash(prev, entry).equals(entry.hash())) {
                        return Result.bad(checked, entry.position(), "entry altered");
                    }
                    prev = entry.hash();
                    checked++;
                    expected++;
                }
            }
        }
        if (expected - 1 != head.lastPosition()) {
            return Result.bad(checked, expected, "entry missing");
        }
        if (!prev.equals(head.lastHash())) {
            return Result.bad(checked, head.lastPosition(), "the chain's head does not name this entry");
        }
        if (beyondHead > 0 && beyondHead > head(connection).lastPosition()) {
            return Result.bad(checked, beyondHead, "entry outside the chain");
        }
        return Result.ok(checked, prev);
    }

    private static Head head(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT last_pos, last_hash FROM tidemark_audit_head WHERE id = 1")) {
            if (!rs.next()) {
                throw new SQLException("the audit trail has no head row: is this a Tidemark database?");
            }
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("pos"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("kind"), rs.getString("actor"), rs.getString("case_type"), rs.getString("case_id"),
                rs.getString("setting_id"), rs.getString("what"), rs.getString("details"), rs.getString("event_id"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
