package uk.tidemark.app.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * {@code docker stop} during a burst (issue 13, decision 0033): the burst of {@link KillNineDuringBurstTest}, stopped
 * half-way by SIGTERM instead of SIGKILL. The application shuts down gracefully and exits by itself (status 143)
 * within compose's stop_grace_period; nothing it acknowledged is lost, nothing is invented, and after a restart the
 * read models converge to the event store. On the embedded store and on PostgreSQL (compose's).
 */
class SigtermDuringBurstTest {

    @TempDir
    Path dataDir;

    @Test
    void onTheEmbeddedH2Store() throws Exception {
        try (BurstStore store = BurstStore.h2(dataDir)) {
            KillNineDuringBurstTest.stopDuringBurst(store, dataDir, true);
        }
    }

    @Test
    void onPostgresql() throws Exception {
        try (BurstStore store = BurstStore.postgres()) {
            KillNineDuringBurstTest.stopDuringBurst(store, dataDir, true);
        }
    }
}
