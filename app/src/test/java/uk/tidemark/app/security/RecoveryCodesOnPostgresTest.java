package uk.tidemark.app.security;

import uk.tidemark.app.postgres.OnPostgres;
import uk.tidemark.app.postgres.RunsOnPostgres;

/**
 * {@link RecoveryCodesTest}, every test of it, on PostgreSQL with the production profile: its migration, and a code
 * sent by two sign-ins at once used by one of them under PostgreSQL's row locks (decision 0031).
 */
@OnPostgres
class RecoveryCodesOnPostgresTest extends RecoveryCodesTest implements RunsOnPostgres {
}
