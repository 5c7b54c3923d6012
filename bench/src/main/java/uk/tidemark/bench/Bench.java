package uk.tidemark.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.tidemark.app.TidemarkApplication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The command-side benchmark: starts the embedded product (H2 file event store, file-backed embedded Mongo)
 * in a fresh data directory, drives it over real HTTP with N concurrent clients (default 16) each running
 * "log a case, then add three notes" loops, and prints sustained commands/s, p50/p99 command latency and the
 * projection lag (time from a create's 201 until the case is readable). See docs/benchmarks.md.
 * <p>
 * System properties: bench.clients (16), bench.warmup-seconds (15), bench.seconds (30), bench.data-dir
 * (a new temp dir).
 */
public final class Bench {

    static final String PASSWORD = "bench-password-1";

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 16);
        int warmupSeconds = Integer.getInteger("bench.warmup-seconds", 15);
        int seconds = Integer.getInteger("bench.seconds", 30);
        Path dataDir = System.getProperty("bench.data-dir") != null
                ? Path.of(System.getProperty("bench.data-dir"))
                : Files.createTempDirectory("tidemark-bench");

        System.setProperty("axoniq.update-checker.disabled", "true");
        ConfigurableApplicationContext app = SpringApplication.run(TidemarkApplication.class,
                "--server.port=0", "--tidemark.data-dir=" + dataDir,
                "--tidemark.demo.enabled=true", "--tidemark.demo.password=" + PASSWORD,
                "--logging.level.root=WARN");
        int exit = 0;
        try {
            String baseUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            System.out.printf(Locale.ROOT, "%nTidemark benchmark: %d clients, %d s warm-up, %d s measured, %d cores, Java %s%n",
                    clients, warmupSeconds, seconds, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            run(baseUrl, clients, Duration.ofSeconds(warmupSeconds), null);
            LagProbe lag = new LagProbe(baseUrl);
            Result result = run(baseUrl, clients, Duration.ofSeconds(seconds), lag);
            new Recorder().print(result, lag);
            if (result.errors > 0) {
                exit = 1;
            }
        } finally {
            app.close();
        }
        System.exit(exit);
    }

    record Result(long commands, long errors, double seconds, long[] latenciesNanos) {
    }

    private static Result run(String baseUrl, int clients, Duration duration, LagProbe lag) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        List<Future<Client.Stats>> futures = new ArrayList<>();
        List<Client> started = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(baseUrl, "dsl", PASSWORD, i);
            started.add(client);
        }
        Future<?> probe = lag == null ? null : pool.submit(() -> lag.run(stop));
        long start = System.nanoTime();
        for (Client client : started) {
            futures.add(pool.submit(() -> client.run(stop)));
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
        if (probe != null) {
            probe.get();
        }
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        return new Result(commands, errors, elapsed, merged);
    }
}
