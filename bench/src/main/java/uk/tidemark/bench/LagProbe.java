package uk.tidemark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures projection lag under load: four times a second it logs a case and polls the case detail every
 * 2 ms until the read model has it; the lag is the time from the 201 to the first 200.
 */
final class LagProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private long[] lags = new long[0];

    LagProbe(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void run(AtomicBoolean stop) {
        try {
            Client client = new Client(baseUrl, "dsl", Bench.PASSWORD, 999);
            int n = 0;
            while (!stop.get()) {
                HttpResponse<String> created = client.post("/api/incidents", client.logBody(n++));
                long acked = System.nanoTime();
                if (created.statusCode() != 201) {
                    throw new IllegalStateException("probe create answered " + created.statusCode());
                }
                String id = idOf(created.body());
                while (client.get("/api/incidents/" + id).statusCode() != 200) {
                    Thread.sleep(2);
                }
                lags = Arrays.copyOf(lags, lags.length + 1);
                lags[lags.length - 1] = System.nanoTime() - acked;
                Thread.sleep(250);
            }
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
