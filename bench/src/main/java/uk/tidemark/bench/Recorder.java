package uk.tidemark.bench;

import java.util.Locale;

/** Prints the figures in the form docs/benchmarks.md records them. */
final class Recorder {

    void print(Bench.Result result, LagProbe lag) {
        long[] lat = result.latenciesNanos();
        long[] lags = lag.sortedLags();
        System.out.println();
        System.out.println("== Tidemark command benchmark (embedded: H2 file event store, file-backed embedded Mongo) ==");
        System.out.printf(Locale.ROOT, "commands           %d in %.1f s (%d errors)%n", result.commands(), result.seconds(), result.errors());
        System.out.printf(Locale.ROOT, "throughput         %.0f commands/s%n", result.commands() / result.seconds());
        System.out.printf(Locale.ROOT, "latency p50        %.1f ms%n", ms(percentile(lat, 0.50)));
        System.out.printf(Locale.ROOT, "latency p99        %.1f ms%n", ms(percentile(lat, 0.99)));
        System.out.printf(Locale.ROOT, "latency max        %.1f ms%n", ms(lat.length == 0 ? 0 : lat[lat.length - 1]));
        System.out.printf(Locale.ROOT, "projection lag     p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)%n",
                ms(percentile(lags, 0.50)), ms(percentile(lags, 0.99)),
                ms(lags.length == 0 ? 0 : lags[lags.length - 1]), lags.length);
        System.out.println();
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
