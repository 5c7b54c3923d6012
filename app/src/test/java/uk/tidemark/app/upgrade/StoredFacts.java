package uk.tidemark.app.upgrade;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What the relational store holds, read with plain SQL the same way on H2 and PostgreSQL: by the generator into the
 * manifest, and by the upgrade test from the unpacked fixture before the application starts and from the running
 * application afterwards.
 */
final class StoredFacts {

    private StoredFacts() {
    }

    /** The event store: how many events, the last global index, and a SHA-256 over them. */
    record Events(long count, long head, String sha256) {
    }

    /** The audit trail's head: how many entries, and the last one's hash. */
    record AuditHead(long entries, String lastHash) {
    }

    /** One stored deadline of db-scheduler's table. */
    record Task(String name, String instance, Instant executionTime) {
    }

    /**
     * The first {@code limit} events in global-index order, every column, bytes as stored: the same digest means the
     * same events, byte for byte ({@code Long.MAX_VALUE} for all of them).
     */
    static Events events(Connection c, long limit) throws SQLException {
        MessageDigest sha = sha256();
        long count = 0;
        long head = -1;
        try (PreparedStatement ps = c.prepareStatement("SELECT globalIndex, aggregateIdentifier, sequenceNumber, type, "
                + "eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp FROM DomainEventEntry "
                + "ORDER BY globalIndex")) {
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (count < limit && rs.next()) {
                    head = rs.getLong(1);
                    for (int i = 1; i <= 10; i++) {
                        byte[] value = i == 6 || i == 7 ? rs.getBytes(i)
                                : rs.getString(i) == null ? null : rs.getString(i).getBytes(StandardCharsets.UTF_8);
                        sha.update((value == null ? "-1:" : value.length + ":").getBytes(StandardCharsets.UTF_8));
                        if (value != null) {
                            sha.update(value);
                        }
                    }
                    count++;
                }
            }
        }
        return new Events(count, head, HexFormat.of().formatHex(sha.digest()));
    }

    static AuditHead auditHead(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_pos, last_hash FROM tidemark_audit_head")) {
            rs.next();
            return new AuditHead(rs.getLong(1), rs.getString(2));
        }
    }

    static List<Task> tasks(Connection c) throws SQLException {
        List<Task> tasks = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT task_name, task_instance, "
                + "execution_time FROM scheduled_tasks ORDER BY execution_time, task_instance")) {
            while (rs.next()) {
                tasks.add(new Task(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
            }
        }
        return tasks;
    }

    /**
     * Whether a stored schedule is a deadline's: the read store keeps times to the millisecond, the scheduler's table
     * to the microsecond, and a deadline due at the end of a day is shown at its last millisecond (23:59:59.999) and
     * scheduled at the next midnight.
     */
    static boolean sameMillis(Instant a, Instant b) {
        return Math.abs(a.toEpochMilli() - b.toEpochMilli()) <= 1;
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
