package uk.tidemark.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.query.incident.IncidentListIndex;
import uk.tidemark.app.TidemarkApplication;
import uk.tidemark.app.ops.TrackingTokens;
import uk.tidemark.app.ops.ProjectionRebuilds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The benchmark, one command for every figure of docs/benchmarks.md. For each store of {@code bench.stores}
 * ({@code h2,postgres}) it starts a JVM of its own that runs the product in process on a fresh data directory —
 * {@code h2}: the embedded runtime (H2 file event store, WRITE_DELAY=0, file-backed embedded Mongo);
 * {@code postgres}: the {@code postgres} profile on an embedded PostgreSQL from Maven (synchronous_commit on, as a
 * production server; file-backed embedded Mongo) — and measures, in this order:
 * <ol>
 *   <li>{@code alone}: the commands below with every event processor stopped — the command side's own ceiling on
 *       these cores; the processors are then started and waited for;</li>
 *   <li>{@code commands}: N in-process clients (default 16) sending "log a case, add three notes" through the
 *       CommandGateway at saturation — commands/s, p50/p99/p99.9;</li>
 *   <li>{@code lag}: the same clients paced at half that rate while a probe logs a case four times a second and
 *       asks the QueryGateway for it every 5 ms — projection lag p50/p99; then the catch-up of every processor;</li>
 *   <li>{@code raw}: the append limit of the same database — N threads, plain JDBC, one DomainEventEntry-shaped
 *       row inserted and committed per transaction;</li>
 *   <li>{@code rebuild}: the incidents projection rebuilt from the first event over every event the run stored,
 *       then the same number of plain Mongo bulk upserts (its limit);</li>
 *   <li>{@code dashboard}: {@code bench.cases} (100,000) incident documents seeded into Mongo in bulk, then the
 *       dashboard's three queries through the QueryGateway — p50/p99;</li>
 *   <li>optional {@code http} (the HTTP end-to-end phases of issue 2) and {@code reads} (audited HTTP reads).</li>
 * </ol>
 * At the end the parent prints every figure beside its limit and the targets. System properties (Maven
 * properties of the same names in bench/pom.xml): bench.stores, bench.clients, bench.warmup-seconds,
 * bench.seconds, bench.cases, bench.phases, bench.in-memory-read-store, bench.app-args, bench.jfr,
 * bench.pg-synchronous-commit. See docs/benchmarks.md.
 */
public final class Bench {

    static final String PASSWORD = "bench-password-1";

    public static void main(String[] args) throws Exception {
        String store = System.getProperty("bench.store");
        if (store == null) {
            System.exit(orchestrate());
        }
        try {
            System.exit(runStore(store));
        } catch (Throwable failed) {
            failed.printStackTrace();
            System.exit(2); // never hang on the product's non-daemon threads
        }
    }

    /** One child JVM per store, one after the other; then the table of every figure beside its limit. */
    private static int orchestrate() throws Exception {
        List<String> stores = List.of(System.getProperty("bench.stores", "h2,postgres").split("\\s*,\\s*"));
        Map<String, Properties> results = new LinkedHashMap<>();
        int exit = 0;
        long start = System.nanoTime();
        for (String store : stores) {
            Path file = Files.createTempFile("tidemark-bench-" + store, ".properties");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            if (Boolean.getBoolean("bench.jfr")) {
                command.add("-XX:StartFlightRecording=settings=default,filename=target/bench-" + store + ".jfr");
            }
            System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("bench.")
                    || k.startsWith("axoniq.")).forEach(k -> command.add("-D" + k + "=" + System.getProperty(k)));
            command.addAll(List.of("-Dbench.store=" + store, "-Dbench.results=" + file,
                    "-cp", System.getProperty("java.class.path"), Bench.class.getName()));
            int code = new ProcessBuilder(command).inheritIO().start().waitFor();
            exit |= code;
            Properties p = new Properties();
            try (var in = Files.newInputStream(file)) {
                p.load(in);
            }
            Files.deleteIfExists(file);
            results.put(store, p);
        }
        new Recorder().summary(results, (System.nanoTime() - start) / 1e9);
        return exit;
    }

    private static int runStore(String store) throws Exception {
        int clients = Integer.getInteger("bench.clients", 16);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 10));
        Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
        int cases = Integer.getInteger("bench.cases", 100_000);
        List<String> phases = List.of(System.getProperty("bench.phases", "alone,commands,lag,raw,rebuild,dashboard")
                .split("\\s*,\\s*"));
        Path dataDir = System.getProperty("bench.data-dir") != null
                ? Path.of(System.getProperty("bench.data-dir"), store)
                : Files.createTempDirectory("tidemark-bench-" + store);

        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> appArgs = new ArrayList<>(List.of(
                // loopback: the demo users' exemption from the second factor holds only there (decision 0013)
                "--server.port=0",
                "--management.server.port=0", "--server.address=127.0.0.1", "--tidemark.data-dir=" + dataDir,
                "--tidemark.demo.enabled=true", "--tidemark.demo.password=" + PASSWORD,
                "--logging.level.root=WARN",
                "--tidemark.embedded-mongo.in-memory=" + Boolean.getBoolean("bench.in-memory-read-store")));
        EmbeddedPostgres postgres = null;
        String storeName = "H2 file event store (WRITE_DELAY=0)";
        if (store.equals("postgres")) {
            String sync = System.getProperty("bench.pg-synchronous-commit", "on");
            // the server's start-up chatter at INFO, before Spring Boot sets the log levels: warnings only
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
            postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", sync).start();
            appArgs.addAll(List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password="));
            storeName = "PostgreSQL " + version(postgres) + " (embedded from Maven, synchronous_commit=" + sync + ")";
        } else if (!store.equals("h2")) {
            throw new IllegalArgumentException("bench.store must be h2 or postgres: " + store);
        }
        String extra = System.getProperty("bench.app-args", "").trim();
        if (!extra.isEmpty()) {
            appArgs.addAll(List.of(extra.split("\\s+")));
        }
        Recorder out = new Recorder();
        ConfigurableApplicationContext app = SpringApplication.run(TidemarkApplication.class,
                appArgs.toArray(String[]::new));
        long errors = 0;
        try {
            String baseUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            CommandGateway gateway = app.getBean(CommandGateway.class);
            QueryGateway queries = app.getBean(QueryGateway.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ReadSideBench readSide = new ReadSideBench(app.getBean(EventProcessingConfiguration.class),
                    app.getBean(ProjectionRebuilds.class), app.getBean(MongoTemplate.class), queries,
                    app.getBean(TrackingTokens.class));
            out.header(store, storeName, clients, warmup, measure);

            if (phases.contains("alone")) {
                // the command side's own ceiling: the same load with every event processor stopped, so that the
                // difference to the next phase is what following the store costs the commands on these cores
                List<EventProcessor> stopped = readSide.stopProcessors();
                run(clients, warmup, i -> new GatewayClient(gateway, i)::run);
                Result alone = run(clients, measure, i -> new GatewayClient(gateway, i)::run);
                out.commands("alone", "command side alone (every event processor stopped), in process, saturated",
                        alone);
                errors += alone.errors();
                stopped.forEach(EventProcessor::start);
                readSide.awaitAllCaughtUp(Duration.ofMinutes(10));
            }
            if (phases.contains("commands")) {
                run(clients, warmup, i -> new GatewayClient(gateway, i)::run);
                long eventsBefore = events(jdbc);
                Result inProcess = run(clients, measure, i -> new GatewayClient(gateway, i)::run);
                long appended = events(jdbc) - eventsBefore;
                out.commands("commands", "command side, in process (CommandGateway), saturated", inProcess);
                out.put("commands.events_per_s", appended / inProcess.seconds());
                errors += inProcess.errors();

                if (phases.contains("lag")) {
                    out.catchUp("catchup_saturated", readSide.awaitAllCaughtUp(Duration.ofMinutes(5)));
                    double pace = inProcess.commands() / inProcess.seconds() / 2;
                    InProcessLagProbe lag = new InProcessLagProbe(gateway, queries);
                    AtomicBoolean stopProbe = new AtomicBoolean();
                    // stopped by a flag, never interrupted: an interrupt during H2 file I/O closes the database
                    Thread probe = new Thread(() -> lag.runUntil(stopProbe), "lag-probe");
                    probe.start();
                    Result paced = run(clients, measure, i -> new GatewayClient(gateway, i, pace / clients)::run);
                    stopProbe.set(true);
                    probe.join();
                    out.lag(paced, lag.sortedLags());
                    errors += paced.errors();
                }
            }
            if (phases.contains("http")) {
                run(clients, warmup, i -> new Client(baseUrl, "dsl", PASSWORD, i, 0)::run);
                Result http = run(clients, measure, i -> new Client(baseUrl, "dsl", PASSWORD, i, 0)::run);
                out.commands("http", "HTTP end to end (POST /api/incidents, /notes), saturated", http);
                out.catchUp("catchup_http", new LagProbe(baseUrl).awaitCaughtUp());
                errors += http.errors();
            }
            if (phases.contains("raw")) {
                Environment env = app.getEnvironment();
                RawAppendLimit raw = new RawAppendLimit(env.getProperty("spring.datasource.url"),
                        env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password", ""))
                        .prepare();
                run(clients, Duration.ofSeconds(Math.min(5, warmup.toSeconds())), i -> raw::run);
                Result limit = run(clients, Duration.ofSeconds(Math.max(5, measure.toSeconds() / 2)), i -> raw::run);
                out.raw(limit, raw.shape());
                raw.drop();
            }
            if (phases.contains("rebuild")) {
                readSide.awaitAllCaughtUp(Duration.ofMinutes(5));
                long events = events(jdbc);
                long took = readSide.rebuildIncidents(Duration.ofMinutes(10));
                long limit = readSide.mongoUpserts(events, 2);
                out.rebuild(events, took, limit);
            }
            if (phases.contains("dashboard")) {
                long existing = app.getBean(MongoTemplate.class).getCollection(ReadSideBench.INCIDENTS).countDocuments();
                long seeded = readSide.seed(cases);
                // the documents were written past the projection, so the case list index reads them as at a start
                IncidentListIndex index = app.getBean(IncidentListIndex.class);
                long loadStart = System.nanoTime();
                index.load();
                out.index(index.ready(), index.size(), System.nanoTime() - loadStart);
                out.dashboard(cases, existing, seeded, readSide.dashboard(200, Duration.ofSeconds(60), 5));
                out.quarterlyReport(readSide.quarterlyReport(5));
            }
            if (phases.contains("reads")) {
                run(clients, warmup, i -> new ReadClient(baseUrl, i)::run);
                Result reads = run(clients, measure, i -> new ReadClient(baseUrl, i)::run);
                out.reads("HTTP reads (GET /api/incidents/{id})", reads);
                errors += reads.errors();
            }
        } finally {
            app.close();
            if (postgres != null) {
                postgres.close();
            }
            if (System.getProperty("bench.data-dir") == null) {
                deleteTree(dataDir); // gigabytes per run: a temporary store left behind fills the disk in a day
            }
        }
        out.put("errors", errors);
        out.put("store", storeName);
        if (System.getProperty("bench.results") != null) {
            out.save(Path.of(System.getProperty("bench.results")));
        }
        return errors == 0 ? 0 : 1;
    }

    private static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("Could not delete the benchmark's store " + root + ": " + e.getMessage());
        }
    }

    private static long events(JdbcTemplate jdbc) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        return n == null ? 0 : n;
    }

    private static String version(EmbeddedPostgres postgres) throws Exception {
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SHOW server_version")) {
            return r.next() ? r.getString(1) : "?";
        }
    }

    record Result(long commands, long errors, double seconds, long[] latenciesNanos) {
    }

    /** One benchmark client's loop; it runs until the shared flag is set. */
    interface Worker {
        Client.Stats run(AtomicBoolean stop);
    }

    interface ClientFactory {
        Worker create(int number) throws Exception;
    }

    /** Runs N clients for the given time and merges their figures. Clients are built before the clock starts. */
    static Result run(int clients, Duration duration, ClientFactory factory) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Callable<Client.Stats>> tasks = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Worker worker = factory.create(i);
            tasks.add(() -> worker.run(stop));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Client.Stats>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (Callable<Client.Stats> task : tasks) {
            futures.add(pool.submit(task));
        }
        Thread.sleep(duration.toMillis());
        stop.set(true);
        long commands = 0;
        long errors = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<Client.Stats> f : futures) {
            Client.Stats stats = f.get();
            commands += stats.count();
            errors += stats.errors();
            all.add(stats.latencies());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(commands, errors, elapsed, merged);
    }

}
