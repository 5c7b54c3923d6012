package uk.tidemark.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Prints the figures as they are measured, keeps them as properties for the parent JVM, and prints the final
 * table (every figure beside its limit and its target) in the form docs/benchmarks.md records it.
 */
final class Recorder {

    private final Properties figures = new Properties();

    void put(String key, Object value) {
        figures.setProperty(key, String.valueOf(value));
    }

    void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            figures.store(out, "tidemark bench");
        }
    }

    void header(String store, String storeName, int clients, Duration warmup, Duration measure) {
        System.out.printf(Locale.ROOT, "%n== Tidemark benchmark [%s]: %s; file-backed embedded Mongo ==%n"
                        + "%d concurrent clients, %d s warm-up and %d s measured per phase, %d cores, Java %s%n",
                store, storeName, clients, warmup.toSeconds(), measure.toSeconds(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    void commands(String key, String title, Bench.Result r) {
        long[] lat = r.latenciesNanos();
        double rate = r.commands() / r.seconds();
        System.out.printf(Locale.ROOT, "%n-- %s%n", title);
        System.out.printf(Locale.ROOT, "commands           %d in %.1f s (%d errors)%n", r.commands(), r.seconds(), r.errors());
        System.out.printf(Locale.ROOT, "throughput         %.0f commands/s%n", rate);
        System.out.printf(Locale.ROOT, "latency            p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
                ms(percentile(lat, 0.50)), ms(percentile(lat, 0.99)), ms(percentile(lat, 0.999)), ms(max(lat)));
        put(key + ".per_s", rate);
        put(key + ".p50_ms", ms(percentile(lat, 0.50)));
        put(key + ".p99_ms", ms(percentile(lat, 0.99)));
        put(key + ".p999_ms", ms(percentile(lat, 0.999)));
        put(key + ".errors", r.errors());
    }

    void reads(String title, Bench.Result r) {
        long[] lat = r.latenciesNanos();
        System.out.printf(Locale.ROOT, "%n-- %s%n", title);
        System.out.printf(Locale.ROOT, "reads              %d in %.1f s (%d errors)%n", r.commands(), r.seconds(), r.errors());
        System.out.printf(Locale.ROOT, "throughput         %.0f reads/s%n", r.commands() / r.seconds());
        System.out.printf(Locale.ROOT, "latency            p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms(percentile(lat, 0.50)), ms(percentile(lat, 0.99)), ms(max(lat)));
        put("reads.per_s", r.commands() / r.seconds());
        put("reads.p99_ms", ms(percentile(lat, 0.99)));
    }

    void catchUp(String key, long nanos) {
        System.out.printf(Locale.ROOT, "every processor caught up after the saturating phase in %.1f s%n", nanos / 1e9);
        put(key + "_s", nanos / 1e9);
    }

    void lag(Bench.Result paced, long[] lags) {
        System.out.printf(Locale.ROOT, "%n-- projection lag at a steady %.0f commands/s in process (half the saturated rate)%n",
                paced.commands() / paced.seconds());
        System.out.printf(Locale.ROOT, "command latency    p50 %.1f ms, p99 %.1f ms (%d errors)%n",
                ms(percentile(paced.latenciesNanos(), 0.50)), ms(percentile(paced.latenciesNanos(), 0.99)), paced.errors());
        System.out.printf(Locale.ROOT, "projection lag     p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)%n",
                ms(percentile(lags, 0.50)), ms(percentile(lags, 0.99)), ms(max(lags)), lags.length);
        put("lag.rate", paced.commands() / paced.seconds());
        put("lag.p50_ms", ms(percentile(lags, 0.50)));
        put("lag.p99_ms", ms(percentile(lags, 0.99)));
        put("lag.samples", lags.length);
    }

    void raw(Bench.Result r, String shape) {
        long[] lat = r.latenciesNanos();
        System.out.printf(Locale.ROOT, "%n-- raw append limit: plain JDBC, one DomainEventEntry-shaped row per transaction (%s)%n", shape);
        System.out.printf(Locale.ROOT, "rows               %d in %.1f s (%d errors)%n", r.commands(), r.seconds(), r.errors());
        System.out.printf(Locale.ROOT, "throughput         %.0f rows/s%n", r.commands() / r.seconds());
        System.out.printf(Locale.ROOT, "latency            p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms%n",
                ms(percentile(lat, 0.50)), ms(percentile(lat, 0.99)), ms(percentile(lat, 0.999)));
        put("raw.per_s", r.commands() / r.seconds());
        put("raw.p50_ms", ms(percentile(lat, 0.50)));
        put("raw.p99_ms", ms(percentile(lat, 0.99)));
        put("raw.p999_ms", ms(percentile(lat, 0.999)));
        put("raw.shape", shape);
    }

    void rebuild(long events, long nanos, long mongoNanos) {
        double rate = events / (nanos / 1e9);
        double limit = events / (mongoNanos / 1e9);
        System.out.printf(Locale.ROOT, "%n-- full rebuild of the incidents projection (ProjectionRebuilds, as POST /api/admin/projections/incidents/rebuild)%n");
        System.out.printf(Locale.ROOT, "rebuild            %d events in %.1f s: %.0f events/s%n", events, nanos / 1e9, rate);
        System.out.printf(Locale.ROOT, "Mongo limit        %d bulk upserts (100 per bulk, 2 threads) in %.1f s: %.0f upserts/s%n",
                events, mongoNanos / 1e9, limit);
        put("rebuild.events", events);
        put("rebuild.per_s", rate);
        put("mongo.per_s", limit);
    }

    void index(boolean ready, int size, long loadNanos) {
        if (ready) {
            System.out.printf(Locale.ROOT, "%n-- case list index (decision 0021) loaded from the store: %d cases in %.1f s%n",
                    size, loadNanos / 1e9);
            put("index.load_s", loadNanos / 1e9);
        } else {
            System.out.printf(Locale.ROOT, "%n-- case list index off: the dashboard queries read the store%n");
        }
        put("index.on", ready ? 1 : 0);
    }

    void dashboard(int cases, long existing, long seedNanos, long[][] q) {
        System.out.printf(Locale.ROOT, "%n-- dashboard queries through the QueryGateway over %d seeded cases (+%d from the run), "
                + "seeded in %.1f s, %d rounds%n", cases, existing, seedNanos / 1e9, q[3].length);
        String[] names = {"FindCaseCounts (open, by stage and severity)", "FindIncidents (new cases, page of 10)",
                "FindIncidents (my cases, page of 10)", "all three (one dashboard)"};
        String[] keys = {"counts", "fresh", "mine", "all"};
        for (int i = 0; i < 4; i++) {
            System.out.printf(Locale.ROOT, "%-46s p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", names[i],
                    ms(percentile(q[i], 0.50)), ms(percentile(q[i], 0.99)), ms(max(q[i])));
            put("dashboard." + keys[i] + ".p50_ms", ms(percentile(q[i], 0.50)));
            put("dashboard." + keys[i] + ".p99_ms", ms(percentile(q[i], 0.99)));
        }
        put("dashboard.cases", cases + existing);
        put("dashboard.rounds", q[3].length);
    }

    void quarterlyReport(long[] took) {
        System.out.printf(Locale.ROOT, "%nFindQuarterlyReport (8 quarters, %d settings)  p50 %.1f ms, max %.1f ms, %d rounds%n",
                ReadSideBench.SETTINGS, ms(percentile(took, 0.50)), ms(max(took)), took.length);
        put("report.p50_ms", ms(percentile(took, 0.50)));
        put("report.max_ms", ms(max(took)));
    }

    /** The final table: each store's figures, each beside its limit (a ratio) and its target. */
    void summary(Map<String, Properties> results, double seconds) {
        System.out.printf(Locale.ROOT, "%n== Summary (%.0f s in all) ==%n", seconds);
        for (Map.Entry<String, Properties> e : results.entrySet()) {
            Properties p = e.getValue();
            System.out.printf(Locale.ROOT, "%n[%s] %s, %s errors%n", e.getKey(), p.getProperty("store", "?"),
                    p.getProperty("errors", "?"));
            double commands = d(p, "commands.per_s");
            double raw = d(p, "raw.per_s");
            System.out.printf(Locale.ROOT, "| figure | value | limit (same store, same run) | ratio | target |%n|---|---|---|---|---|%n");
            System.out.printf(Locale.ROOT, "| commands/s, 16 clients | %.0f (%.0f events/s) | %.0f rows/s raw JDBC | %s | ≥ 2,000/s and ≥ 50%% |%n",
                    commands, d(p, "commands.events_per_s"), raw, ratio(commands, raw));
            if (p.getProperty("alone.per_s") != null) {
                System.out.printf(Locale.ROOT, "| commands/s with every processor stopped (p50 / p99) | %.0f (%.1f / %.1f ms) | %.0f rows/s raw JDBC | %s | — |%n",
                        d(p, "alone.per_s"), d(p, "alone.p50_ms"), d(p, "alone.p99_ms"), raw, ratio(d(p, "alone.per_s"), raw));
            }
            System.out.printf(Locale.ROOT, "| command latency p50 / p99 / p99.9 | %.1f / %.1f / %.1f ms | %.1f / %.1f / %.1f ms | p99 %s | p99 ≤ 25 ms |%n",
                    d(p, "commands.p50_ms"), d(p, "commands.p99_ms"), d(p, "commands.p999_ms"),
                    d(p, "raw.p50_ms"), d(p, "raw.p99_ms"), d(p, "raw.p999_ms"),
                    ratio(d(p, "commands.p99_ms"), d(p, "raw.p99_ms")));
            System.out.printf(Locale.ROOT, "| projection lag p50 / p99 at %.0f commands/s | %.1f / %.1f ms | — | — | — |%n",
                    d(p, "lag.rate"), d(p, "lag.p50_ms"), d(p, "lag.p99_ms"));
            System.out.printf(Locale.ROOT, "| catch-up of every processor after the saturated phase | %.1f s | — | — | — |%n",
                    d(p, "catchup_saturated_s"));
            System.out.printf(Locale.ROOT, "| full rebuild (%.0f events) | %.0f events/s | %.0f Mongo bulk upserts/s | %s | ≥ 20,000/s |%n",
                    d(p, "rebuild.events"), d(p, "rebuild.per_s"), d(p, "mongo.per_s"),
                    ratio(d(p, "rebuild.per_s"), d(p, "mongo.per_s")));
            System.out.printf(Locale.ROOT, "| dashboard p50 / p99 (%.0f cases), FindCaseCounts | %.1f / %.1f ms | — | — | p99 ≤ 50 ms |%n",
                    d(p, "dashboard.cases"), d(p, "dashboard.counts.p50_ms"), d(p, "dashboard.counts.p99_ms"));
            System.out.printf(Locale.ROOT, "| dashboard p50 / p99, FindIncidents (new cases) | %.1f / %.1f ms | — | — | p99 ≤ 50 ms |%n",
                    d(p, "dashboard.fresh.p50_ms"), d(p, "dashboard.fresh.p99_ms"));
            System.out.printf(Locale.ROOT, "| dashboard p50 / p99, FindIncidents (my cases) | %.1f / %.1f ms | — | — | p99 ≤ 50 ms |%n",
                    d(p, "dashboard.mine.p50_ms"), d(p, "dashboard.mine.p99_ms"));
            System.out.printf(Locale.ROOT, "| dashboard p50 / p99, all three | %.1f / %.1f ms | — | — | p99 ≤ 50 ms |%n",
                    d(p, "dashboard.all.p50_ms"), d(p, "dashboard.all.p99_ms"));
        }
        System.out.println();
    }

    private static double d(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    private static String ratio(double value, double limit) {
        return Double.isNaN(value) || Double.isNaN(limit) || limit == 0 ? "—"
                : String.format(Locale.ROOT, "%.0f%%", 100 * value / limit);
    }

    private static long max(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
