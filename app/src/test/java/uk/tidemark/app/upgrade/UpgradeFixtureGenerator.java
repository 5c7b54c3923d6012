package uk.tidemark.app.upgrade;

import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Makes the upgrade fixtures that {@link UpgradeTest} reads (docs/upgrade-fixtures.md). Not part of the suite: its
 * name does not end in {@code Test}, so Maven runs it only when asked by name, and it writes only when given the
 * fixture's name, into a directory of that name that must not exist yet:
 * <pre>
 * mvn -B -pl app -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=UpgradeFixtureGenerator -Dupgrade.fixture=boot-3.5
 * </pre>
 * For each store (the embedded H2 data directory, and PostgreSQL) it starts Tidemark as it is in this checkout, in
 * demo mode, drives the varied history of {@link FixtureStory} through the HTTP API as the demo's people, stops it
 * cleanly, starts it once more to leave one deadline due but not yet fired, stops it again, and packs the stores
 * ({@link FixtureStore}) beside a manifest of what they hold ({@link FixtureManifest}).
 */
class UpgradeFixtureGenerator {

    static final String PROPERTY = "upgrade.fixture";

    @TempDir
    Path work;

    @Test
    void h2() throws Exception {
        Path dataDir = work.resolve("data");
        try (FixtureStore store = FixtureStore.h2(dataDir)) {
            generate(store);
        }
    }

    @Test
    void postgresql() throws Exception {
        Path dataDir = work.resolve("data");
        try (FixtureStore store = FixtureStore.postgres(dataDir)) {
            generate(store);
        }
    }

    private void generate(FixtureStore store) throws Exception {
        String fixture = System.getProperty(PROPERTY, "");
        assertThat(fixture).as("the fixture's name: -D" + PROPERTY + "=boot-3.5 (docs/upgrade-fixtures.md)")
                .matches("[a-z0-9][a-z0-9.-]*");
        Path dir = Path.of(System.getProperty("basedir", "."), "src/test/resources/upgrade", fixture);
        Path zip = dir.resolve(store.name() + ".zip");
        Path manifestFile = dir.resolve(store.name() + ".json");
        assertThat(zip).as("fixtures are never made again over themselves: a new one gets a new name").doesNotExist();
        Files.createDirectories(dir);

        FixtureStory story = new FixtureStory();
        // first run: the demo, seeded and settled (every deadline of its past fired), then the story
        try (RunningTidemark app = RunningTidemark.start(store.dataDir, store.appArguments())) {
            app.awaitQuiet(Duration.ofMinutes(3), true);
            story.tell(app);
            app.awaitQuiet(Duration.ofMinutes(2), true);
        }
        // second run: the scheduler looks once at start and then not for an hour, so a deadline that is due by the
        // time the run ends stays stored unfired, as one that fell due while a system was stopped for its upgrade
        FixtureManifest manifest;
        try (RunningTidemark app = RunningTidemark.start(store.dataDir, store.appArguments(),
                "--db-scheduler.polling-interval=1h")) {
            app.awaitQuiet(Duration.ofMinutes(2), true);
            Clock real = GenericEventMessage.clock;
            try {
                // a concern reported as if ten days ago: its first response is long overdue
                GenericEventMessage.clock = Clock.fixed(Instant.now().minus(Duration.ofDays(10))
                        .truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
                story.reportOverdue(app);
            } finally {
                GenericEventMessage.clock = real;
            }
            app.awaitQuiet(Duration.ofMinutes(2), false);
            manifest = FixtureManifest.of(fixture, store, app, story);
        }
        try (Connection c = store.connect()) {
            manifest.checkStillHolds(c);
        }
        store.pack(zip);
        manifest.write(manifestFile);
        System.out.printf("[upgrade fixture] %s: %s (%d bytes), %s%n", store.name(), zip, Files.size(zip),
                manifest.summary());
    }
}
