package uk.tidemark.app.reference;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.reference.CaseReferences;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Each new case's reference counted in the relational store, one counter row per trust, setting code and year
 * (table {@code tidemark_reference_counter}, decision 0038), and the command side's {@link CaseReferences}.
 *
 * <p>Safe with several instances on one database: the row is incremented by one {@code UPDATE}, which locks it until
 * the transaction ends, and the number read back is the one this transaction wrote; no number is given twice. The
 * year's first case inserts the row; when another instance inserted it first, the insert is rolled back to a
 * savepoint and the update is made instead.
 *
 * <p>Two ways in. {@link #allocateApart}, as a command that opens a case is sent ({@link ReferenceOnDispatch}), on
 * PostgreSQL only: a short transaction of its own, so that the row is locked only for that transaction, not for the
 * whole command's; a command that then fails leaves a gap in the numbers. On H2, whose commits are written one at a
 * time anyway, a transaction of its own was one more commit per case for nothing: there the command counts in its
 * own transaction (measured, docs/benchmarks.md). On PostgreSQL that transaction commits without waiting for
 * its WAL to be flushed ({@code synchronous_commit = off} for it alone): the case's own commit, synchronous and later
 * in the WAL, flushes it, so a number is durable before any case that carries it is acknowledged, and a number lost
 * to a crash was never on a stored case. {@link #allocate} (the command side's call, for a command sent without a
 * reference and for an old case given one at start) counts in the caller's transaction: the case's first event and
 * its number are then committed together or not at all.
 */
@Repository
public class ReferenceCounter implements CaseReferences {

    private static final String NEXT = "UPDATE tidemark_reference_counter SET last_number = last_number + 1"
            + " WHERE trust_id = ? AND code = ? AND case_year = ?";
    /** The same, answering the number it wrote: one statement instead of an update and a select. */
    private static final String NEXT_RETURNING_PG = NEXT + " RETURNING last_number";
    private static final String NEXT_RETURNING_H2 = "SELECT last_number FROM FINAL TABLE (" + NEXT + ")";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate inCommand;
    private final TransactionTemplate savepoint;
    private final boolean postgres;

    ReferenceCounter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.inCommand = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }

    /** Whether a new case's reference is counted as its command is sent (PostgreSQL), or in the command (H2). */
    boolean countsApart() {
        return postgres;
    }

    /**
     * The next reference, counted in a transaction of its own when the caller has none (an API request), or in the
     * caller's (the referral policy's processor), and then committed with it.
     */
    public String allocateApart(String settingId, Instant loggedAt) {
        return inCommand.execute(status -> {
            if (postgres && status.isNewTransaction()) {
                jdbc.execute("SET LOCAL synchronous_commit TO OFF");
            }
            return allocate(settingId, loggedAt);
        });
    }

    @Override
    public String allocate(String settingId, Instant loggedAt) {
        record Code(String trustId, String code) {
        }
        List<Code> found = jdbc.query("SELECT trust_id, code FROM tidemark_setting WHERE id = ?",
                (rs, i) -> new Code(rs.getString(1), rs.getString(2)), settingId);
        if (found.isEmpty() || found.get(0).code() == null) {
            return null;
        }
        Code setting = found.get(0);
        int year = loggedAt.atZone(WorkingCalendar.UK).getYear();
        Integer number = inCommand.execute(status -> next(setting.trustId(), setting.code(), year));
        return format(setting.code(), year, number);
    }

    /** {@code RP-26-0042}: the code, the year's last two digits, the number in at least four digits. */
    static String format(String code, int year, int number) {
        return String.format("%s-%02d-%04d", code, Math.floorMod(year, 100), number);
    }

    private int next(String trustId, String code, int year) {
        Integer number = incremented(trustId, code, year);
        if (number != null) {
            return number;
        }
        try {
            savepoint.executeWithoutResult(status -> jdbc.update("INSERT INTO tidemark_reference_counter"
                    + " (trust_id, code, case_year, last_number) VALUES (?, ?, ?, 1)", trustId, code, year));
            return 1;
        } catch (DuplicateKeyException insertedElsewhere) {
            return incremented(trustId, code, year);
        }
    }

    /** The row's number after adding one to it, or null when the year has no row yet. */
    private Integer incremented(String trustId, String code, int year) {
        List<Integer> written = jdbc.queryForList(postgres ? NEXT_RETURNING_PG : NEXT_RETURNING_H2, Integer.class,
                trustId, code, year);
        return written.isEmpty() ? null : written.get(0);
    }
}
