package uk.tidemark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * Measures projection lag: logs a case and polls its detail every {@value #POLL_MILLIS} ms until the read
 * model has it; the lag is the time from the 201 to the first 200.
 */
final class LagProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 10;

    private final Client client;
    private long[] lags = new long[0];
    private int n;

    LagProbe(String baseUrl) throws Exception {
        this.client = new Client(baseUrl, "dsl", Bench.PASSWORD, 999, 0);
    }

    /** One measurement: log a case, wait until it is readable, answer the lag in nanoseconds. */
    long measureOnce() throws Exception {
        HttpResponse<String> created = client.post("/api/incidents", client.logBody(n++));
        long acked = System.nanoTime();
        if (created.statusCode() != 201) {
            throw new IllegalStateException("probe create answered " + created.statusCode());
        }
        String id = idOf(created.body());
        // poll gently: a tight polling loop is load of its own and would inflate the lag it measures
        while (client.get("/api/incidents/" + id).statusCode() != 200) {
            Thread.sleep(POLL_MILLIS);
        }
        return System.nanoTime() - acked;
    }

    /** After a saturating phase: how long until a case logged now is readable, i.e. the backlog is worked off. */
    long awaitCaughtUp() throws Exception {
        return measureOnce();
    }

    /** Four measurements a second until the thread is interrupted. */
    void runUntilInterrupted() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long lag = measureOnce();
                lags = Arrays.copyOf(lags, lags.length + 1);
                lags[lags.length - 1] = lag;
                Thread.sleep(250);
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("lag probe failed", e);
        }
    }

    long[] sortedLags() {
        long[] copy = lags.clone();
        Arrays.sort(copy);
        return copy;
    }

    static String idOf(String body) {
        try {
            return JSON.readTree(body).get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException("no id in " + body.length() + " bytes", e);
        }
    }
}
