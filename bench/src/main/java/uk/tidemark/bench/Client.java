package uk.tidemark.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;

/** One HTTP benchmark client: signs in once (session cookie), then loops "log a case, add three notes". */
final class Client {

    static final String SETTING = "riverside-primary";

    record Stats(long count, long errors, long[] latencies) {
    }

    private final HttpClient http;
    private final String baseUrl;
    private final int number;
    private final long intervalNanos;

    /** {@code ratePerSecond} paces this client's commands; 0 sends as fast as answers come back. */
    Client(String baseUrl, String username, String password, int number, double ratePerSecond) throws Exception {
        this.baseUrl = baseUrl;
        this.number = number;
        this.intervalNanos = ratePerSecond > 0 ? (long) (1e9 / ratePerSecond) : 0;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/me"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        if (me.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + me.statusCode());
        }
    }

    Stats run(AtomicBoolean stop) {
        long[] latencies = new long[1 << 16];
        int count = 0;
        long errors = 0;
        int loop = 0;
        long next = System.nanoTime();
        while (!stop.get()) {
            loop++;
            String id = null;
            for (int step = 0; step < 4 && !stop.get(); step++) {
                next = pace(next);
                String path = step == 0 ? "/api/incidents" : "/api/incidents/" + id + "/notes";
                String body = step == 0 ? logBody(loop) : "{\"text\":\"Spoke to the pupil's form tutor (step " + step + ").\"}";
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> response = post(path, body);
                    long took = System.nanoTime() - t0;
                    if (response.statusCode() / 100 != 2) {
                        errors++;
                        break;
                    }
                    if (step == 0) {
                        id = LagProbe.idOf(response.body());
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = took;
                } catch (Exception e) {
                    errors++;
                    break;
                }
            }
        }
        return new Stats(count, errors, Arrays.copyOf(latencies, count));
    }

    private long pace(long next) {
        if (intervalNanos == 0) {
            return next;
        }
        long wait = next - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return next + intervalNanos;
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        // riding the session cookie, a write says it is meant (docs/api.md, "Sign-in")
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Tidemark-Client", "tidemark-bench")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String logBody(int loop) {
        return """
                {"settingId":"%s","category":"CYBERBULLYING","platform":"WHATSAPP","occurredAt":"%s",
                 "summary":"Benchmark case %d-%d: name-calling in a class group chat",
                 "links":[],"people":[{"name":"Pupil %d","role":"PUPIL","involvement":"TARGET"},
                 {"name":"Pupil %d","role":"PUPIL","involvement":"SUBJECT"}],"immediateRisk":false}
                """.formatted(SETTING, Instant.now().minusSeconds(7200), number, loop, loop, loop + 1);
    }
}
