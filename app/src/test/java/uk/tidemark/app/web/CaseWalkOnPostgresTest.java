package uk.tidemark.app.web;

import uk.tidemark.app.postgres.OnPostgres;
import uk.tidemark.app.postgres.RunsOnPostgres;

/** {@link CaseWalkTest}, every test of it, on PostgreSQL with the production profile (decision 0018). */
@OnPostgres
class CaseWalkOnPostgresTest extends CaseWalkTest implements RunsOnPostgres {
}
