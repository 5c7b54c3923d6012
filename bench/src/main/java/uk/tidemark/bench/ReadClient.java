package uk.tidemark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One HTTP benchmark client that only reads: signs in once (session cookie), then loops over the case pages of
 * the demo cases, {@code GET /api/incidents/{id}}, the read a DSL makes most. It measures what a read costs end to
 * end: security, the access check, the read model and, since issue 4, the audit record written before the answer.
 */
final class ReadClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Client client;
    private final List<String> ids;
    private final int offset;

    ReadClient(String baseUrl, int number) throws Exception {
        this.client = new Client(baseUrl, "dsl", Bench.PASSWORD, number, 0);
        this.ids = caseIds(client);
        this.offset = number;
    }

    /** The ids of the first page of cases the DSL sees (the demo's, once projected: waits up to 30 s). */
    private static List<String> caseIds(Client client) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        List<String> ids = new ArrayList<>();
        while (ids.isEmpty() && System.nanoTime() < until) {
            HttpResponse<String> page = client.get("/api/incidents?size=100");
            if (page.statusCode() != 200) {
                throw new IllegalStateException("case list answered " + page.statusCode());
            }
            for (JsonNode item : JSON.readTree(page.body()).path("items")) {
                ids.add(item.path("id").asText());
            }
            if (ids.isEmpty()) {
                Thread.sleep(200);
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no cases to read");
        }
        return ids;
    }

    Client.Stats run(AtomicBoolean stop) {
        long[] latencies = new long[1 << 16];
        int count = 0;
        long errors = 0;
        int i = offset;
        while (!stop.get()) {
            String path = "/api/incidents/" + ids.get(i++ % ids.size());
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> response = client.get(path);
                long took = System.nanoTime() - t0;
                if (response.statusCode() != 200) {
                    errors++;
                    continue;
                }
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = took;
            } catch (Exception e) {
                errors++;
            }
        }
        return new Client.Stats(count, errors, Arrays.copyOf(latencies, count));
    }
}
