package uk.tidemark.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import uk.tidemark.app.web.ApiTestSupport;

/**
 * For tests that send hundreds of requests: each user keeps the session cookie their first request got, as a
 * real client does, so the password is checked (BCrypt, ~0.1 s here) once per user and test rather than on every
 * request. Everything else is {@link ApiTestSupport}'s.
 */
public abstract class SessionRidingApiTest extends ApiTestSupport {

    private final Map<String, HttpClient> clients = new HashMap<>();

    @Override
    public Reply send(String user, String method, String path, String body, String ifMatch, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null && contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        HttpClient client = clients.computeIfAbsent(user == null ? "" : user, u -> HttpClient.newBuilder()
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build());
        try {
            HttpResponse<String> response = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
