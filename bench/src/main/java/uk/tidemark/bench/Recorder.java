package uk.tidemark.bench;

import java.time.Duration;
import java.util.Locale;

/** Prints the figures in the form docs/benchmarks.md records them. */
final class Recorder {

    void header(int clients, Duration warmup, Duration measure) {
        System.out.printf(Locale.ROOT, "%n== Tidemark benchmark: embedded runtime (H2 file event store, WRITE_DELAY=0; "
                        + "file-backed embedded Mongo) ==%n%d concurrent clients, %d s warm-up and %d s measured per phase, "
                        + "%d cores, Java %s%n",
                clients, warmup.toSeconds(), measure.toSeconds(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
    }

    void commands(String title, Bench.Result r) {
        long[] lat = r.latenciesNanos();
        System.out.printf(Locale.ROOT, "%n-- %s%n", title);
        System.out.printf(Locale.ROOT, "commands           %d in %.1f s (%d errors)%n", r.commands(), r.seconds(), r.errors());
        System.out.printf(Locale.ROOT, "throughput         %.0f commands/s%n", r.commands() / r.seconds());
        System.out.printf(Locale.ROOT, "latency            p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms(percentile(lat, 0.50)), ms(percentile(lat, 0.99)), ms(lat.length == 0 ? 0 : lat[lat.length - 1]));
    }

    void reads(String title, Bench.Result r) {
        long[] lat = r.latenciesNanos();
        System.out.printf(Locale.ROOT, "%n-- %s%n", title);
        System.out.printf(Locale.ROOT, "reads              %d in %.1f s (%d errors)%n", r.commands(), r.seconds(), r.errors());
        System.out.printf(Locale.ROOT, "throughput         %.0f reads/s%n", r.commands() / r.seconds());
        System.out.printf(Locale.ROOT, "latency            p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms(percentile(lat, 0.50)), ms(percentile(lat, 0.99)), ms(lat.length == 0 ? 0 : lat[lat.length - 1]));
    }

    void catchUp(long nanos) {
        System.out.printf(Locale.ROOT, "read-model catch-up after the saturating phase: %.1f s%n", nanos / 1e9);
    }

    void lag(Bench.Result paced, long[] lags) {
        System.out.printf(Locale.ROOT, "%n-- projection lag at a steady %.0f commands/s over HTTP (half the saturated rate)%n",
                paced.commands() / paced.seconds());
        System.out.printf(Locale.ROOT, "command latency    p50 %.1f ms, p99 %.1f ms (%d errors)%n",
                ms(percentile(paced.latenciesNanos(), 0.50)), ms(percentile(paced.latenciesNanos(), 0.99)), paced.errors());
        System.out.printf(Locale.ROOT, "projection lag     p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)%n%n",
                ms(percentile(lags, 0.50)), ms(percentile(lags, 0.99)),
                ms(lags.length == 0 ? 0 : lags[lags.length - 1]), lags.length);
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
