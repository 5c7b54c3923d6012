package uk.tidemark.app.web;

import uk.tidemark.app.postgres.OnPostgres;
import uk.tidemark.app.postgres.RunsOnPostgres;

/** {@link StaffAllegationStoryTest}, every test of it, on PostgreSQL with the production profile (decision 0018). */
@OnPostgres
class StaffAllegationStoryOnPostgresTest extends StaffAllegationStoryTest implements RunsOnPostgres {
}
