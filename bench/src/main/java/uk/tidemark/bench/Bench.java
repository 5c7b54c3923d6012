package uk.tidemark.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.tidemark.app.TidemarkApplication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The benchmark: starts the embedded product (H2 file event store with WRITE_DELAY=0, file-backed embedded
 * Mongo) in a fresh data directory and measures, each after a warm-up:
 * <ol>
 *   <li><b>command side</b>: N concurrent in-process clients (default 16) sending "log a case, add three notes"
 *       through the CommandGateway — commands/s and p50/p99 latency;</li>
 *   <li><b>HTTP end to end</b>: the same loop from N concurrent HTTP clients (session cookie, JSON, security,
 *       validation, access checks) — commands/s and p50/p99 latency;</li>
 *   <li><b>projection lag</b> at a steady half of the HTTP throughput: time from a create's 201 until the case
 *       detail is readable, and the catch-up time of the read model after the saturating HTTP phase;</li>
 *   <li><b>HTTP reads</b>: N concurrent HTTP clients reading case pages ({@code GET /api/incidents/{id}}) —
 *       reads/s and p50/p99 latency.</li>
 * </ol>
 * System properties: bench.clients (16), bench.warmup-seconds (20), bench.seconds (30), bench.data-dir
 * (a new temp dir), bench.in-memory-read-store (false), bench.app-args (extra application arguments, space
 * separated, e.g. to compare configurations), bench.phases ({@code commands,reads}: the command phases 1-3,
 * the read phase 4, or both). See docs/benchmarks.md.
 */
public final class Bench {

    static final String PASSWORD = "bench-password-1";

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 16);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 20));
        Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
        List<String> phases = List.of(System.getProperty("bench.phases", "commands,reads").split("\\s*,\\s*"));
        Path dataDir = System.getProperty("bench.data-dir") != null
                ? Path.of(System.getProperty("bench.data-dir"))
                : Files.createTempDirectory("tidemark-bench");

        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> appArgs = new ArrayList<>(List.of(
                // loopback: the demo users' exemption from the second factor holds only there (decision 0013)
                "--server.port=0", "--server.address=127.0.0.1", "--tidemark.data-dir=" + dataDir,
                "--tidemark.demo.enabled=true", "--tidemark.demo.password=" + PASSWORD,
                "--logging.level.root=WARN",
                "--tidemark.embedded-mongo.in-memory=" + Boolean.getBoolean("bench.in-memory-read-store")));
        String extra = System.getProperty("bench.app-args", "").trim();
        if (!extra.isEmpty()) {
            appArgs.addAll(List.of(extra.split("\\s+")));
        }
        ConfigurableApplicationContext app = SpringApplication.run(TidemarkApplication.class,
                appArgs.toArray(String[]::new));
        long errors = 0;
        try {
            String baseUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            CommandGateway gateway = app.getBean(CommandGateway.class);
            Recorder out = new Recorder();
            out.header(clients, warmup, measure);

            if (phases.contains("commands")) {
                run(clients, warmup, i -> new GatewayClient(gateway, i)::run);
                Result inProcess = run(clients, measure, i -> new GatewayClient(gateway, i)::run);
                out.commands("command side, in process (CommandGateway)", inProcess);

                run(clients, warmup, i -> new Client(baseUrl, "dsl", PASSWORD, i, 0)::run);
                Result http = run(clients, measure, i -> new Client(baseUrl, "dsl", PASSWORD, i, 0)::run);
                out.commands("HTTP end to end (POST /api/incidents, /notes)", http);
                out.catchUp(new LagProbe(baseUrl).awaitCaughtUp());

                double pace = http.commands() / http.seconds() / 2;
                LagProbe lag = new LagProbe(baseUrl);
                Thread probe = new Thread(lag::runUntilInterrupted, "lag-probe");
                probe.start();
                Result paced = run(clients, measure, i -> new Client(baseUrl, "dsl", PASSWORD, i, pace / clients)::run);
                probe.interrupt();
                probe.join();
                out.lag(paced, lag.sortedLags());
                errors += inProcess.errors() + http.errors() + paced.errors();
            }
            if (phases.contains("reads")) {
                run(clients, warmup, i -> new ReadClient(baseUrl, i)::run);
                Result reads = run(clients, measure, i -> new ReadClient(baseUrl, i)::run);
                out.reads("HTTP reads (GET /api/incidents/{id})", reads);
                errors += reads.errors();
            }
        } finally {
            app.close();
        }
        System.exit(errors == 0 ? 0 : 1);
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
