package uk.tidemark.app.support;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A small HTTP client for end-to-end tests: signs in once with HTTP Basic and then rides the session cookie,
 * so that BCrypt runs once per client rather than once per request. Like every programmatic client riding the
 * cookie, it sends {@code X-Tidemark-Client} with each request, without which a POST is refused (docs/api.md).
 */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The header that proves a cookie-riding request was meant (decision 0028). */
    public static final String CLIENT_HEADER = "X-Tidemark-Client";

    private final HttpClient http;
    private final String baseUrl;

    public ApiClient(String baseUrl, String username, String password) throws IOException, InterruptedException {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/me"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        if (me.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + me.statusCode());
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header(CLIENT_HEADER, "tidemark-tests").build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(postRequest(path, json), HttpResponse.BodyHandlers.ofString());
    }

    public CompletableFuture<HttpResponse<String>> postAsync(String path, String json) {
        return http.sendAsync(postRequest(path, json), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A concern as {@code POST /api/incidents} takes it: a cyberbullying report in {@code settingId} with one pupil as
     * target; {@code tag} makes its link and the pupil's name its own.
     */
    public static String incidentBody(String settingId, String summary, Object tag) {
        return """
                {"settingId":"%s","category":"CYBERBULLYING","platform":"SNAPCHAT",
                 "occurredAt":"%s","summary":"%s",
                 "links":["https://example.org/post/%s"],
                 "people":[{"name":"Pupil %s","role":"PUPIL","involvement":"TARGET"}],
                 "immediateRisk":false}
                """.formatted(settingId, Instant.now().minusSeconds(3600), summary, tag, tag);
    }

    /** The {@code id} of a 201's body; fails with the status and body otherwise. */
    public static String idOf(HttpResponse<String> response) {
        try {
            return Objects.requireNonNull(JSON.readTree(response.body()).get("id").asText());
        } catch (Exception e) {
            throw new IllegalStateException("no id in " + response.statusCode() + " " + response.body(), e);
        }
    }

    /** A multipart/form-data POST (a file with its fields). */
    public HttpResponse<String> upload(String path, uk.tidemark.app.fixture.Multipart parts)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", parts.contentType()).header(CLIENT_HEADER, "tidemark-tests")
                .POST(HttpRequest.BodyPublishers.ofByteArray(parts.bytes())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose body is kept as bytes. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header(CLIENT_HEADER, "tidemark-tests").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest postRequest(String path, String json) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header(CLIENT_HEADER, "tidemark-tests")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
