package uk.tidemark.app.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Tells Axon when an append failed on the unique (aggregate, sequence) key, so that it raises a
 * ConcurrencyException (answered 409) instead of a generic EventStoreException (500). Axon's own JDBC resolver
 * only recognises {@link SQLIntegrityConstraintViolationException}, which H2 throws but PostgreSQL's driver does
 * not: PostgreSQL reports SQLSTATE 23505 on a plain SQLException, inside a BatchUpdateException's chain.
 */
@Component
class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException first) {
        for (SQLException e = first; e != null; e = e.getNextException()) {
            if (e instanceof SQLIntegrityConstraintViolationException || UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
