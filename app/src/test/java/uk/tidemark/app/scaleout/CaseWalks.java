package uk.tidemark.app.scaleout;

import uk.tidemark.app.support.ApiClient;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static uk.tidemark.app.support.ApiClient.idOf;

/**
 * Cases worked on over HTTP through several instances at once, as {@link TwoInstancesTest} does: a phase of
 * {@value #CASES_PER_PHASE} cases, each step of a case sent to another instance than the step before.
 */
final class CaseWalks {

    static final int CASES_PER_PHASE = 24;

    private CaseWalks() {
    }

    /** Each case: log, triage, two notes (and close); each step on the other instance than the one before. */
    static List<String> walkCases(ExecutorService pool, List<ApiClient> apis, int first, boolean close,
                                          Map<String, Integer> notes, CountDownLatch... progress) throws Exception {
        List<CompletableFuture<String>> walks = new ArrayList<>();
        for (int i = first; i < first + CASES_PER_PHASE; i++) {
            int n = i;
            walks.add(CompletableFuture.supplyAsync(() -> {
                try {
                    int step = n;
                    String id = idOf(expect(201, apis.get(step++ % apis.size()).post("/api/incidents", incident(n))));
                    expect(200, apis.get(step++ % apis.size()).post("/api/incidents/" + id + "/triage",
                            "{\"severity\":\"MEDIUM\",\"reason\":\"Unkind messages, no risk of harm\"}"));
                    for (int k = 0; k < 2; k++) {
                        expect(201, apis.get(step++ % apis.size()).post("/api/incidents/" + id + "/notes",
                                "{\"text\":\"Spoke to the pupil, note " + k + "\"}"));
                    }
                    notes.put(id, 2);
                    if (close) {
                        close(apis.get(step % apis.size()), id);
                    }
                    for (CountDownLatch latch : progress) {
                        latch.countDown();
                    }
                    return id;
                } catch (Exception e) {
                    throw new IllegalStateException("case " + n, e);
                }
            }, pool));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<String> walk : walks) {
            ids.add(walk.get(120, TimeUnit.SECONDS));
        }
        return ids;
    }

    static List<String> closeAll(ExecutorService pool, ApiClient api, List<String> ids) throws Exception {
        List<CompletableFuture<Void>> closes = new ArrayList<>();
        for (String id : ids) {
            closes.add(CompletableFuture.runAsync(() -> {
                try {
                    close(api, id);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        for (CompletableFuture<Void> c : closes) {
            c.get(120, TimeUnit.SECONDS);
        }
        return ids;
    }

    private static void close(ApiClient api, String id) throws Exception {
        expect(200, api.post("/api/incidents/" + id + "/close",
                "{\"outcome\":\"NO_FURTHER_ACTION\",\"rationale\":\"Resolved with the families\"}"));
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() / 100 != status / 100) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response;
    }

    static String incident(int i) {
        return ApiClient.incidentBody(SharedStores.SETTING_ID,
                "Scale-out report " + i + ": unkind messages in a group chat", i);
    }
}
