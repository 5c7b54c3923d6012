package uk.tidemark.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.tidemark.app.security.totp.Base32;
import uk.tidemark.app.security.totp.Totp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person at the API or the pages, as the upgrade fixture's generator and test need them: signs in once (HTTP
 * Basic, with a TOTP code when the account has a second factor) and then rides the session cookie, sending
 * {@code X-Tidemark-Client} with every write as a cookie-riding client must; or walks the sign-in form. Redirects
 * are shown, not followed.
 */
final class UpgradeClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");

    /** An answer: its status and body. */
    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        /** The body, failing with the answer when it is not a 2xx. */
        Reply ok() {
            if (status / 100 != 2) {
                throw new AssertionError("expected 2xx, got " + this);
            }
            return this;
        }

        String id() {
            return ok().json().path("id").asText();
        }

        String location() {
            return raw.headers().firstValue("Location").orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    UpgradeClient(String base) {
        this.base = base;
    }

    /** Signs in with HTTP Basic on {@code GET /api/me}; answers that reply (200 when signed in). */
    Reply signIn(String username, String password) {
        return signIn(username, password, null);
    }

    /** As {@link #signIn(String, String)}, with the second factor's current code made from its base32 secret. */
    Reply signIn(String username, String password, String totpSecret) {
        HttpRequest.Builder request = request("/api/me").GET().header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (totpSecret != null) {
            request.header("X-Tidemark-Totp", Totp.code(Base32.decode(totpSecret), Totp.stepAt(Instant.now())));
        }
        return send(request.build());
    }

    /** Signs in, failing unless it worked. */
    static UpgradeClient as(String base, String username, String password) {
        UpgradeClient client = new UpgradeClient(base);
        client.signIn(username, password).ok();
        return client;
    }

    Reply get(String path) {
        return send(request(path).GET().build());
    }

    Reply post(String path, Object body) {
        return post(path, body, Map.of());
    }

    Reply post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    // ---- the pages: the sign-in form and the second factor's set-up ----

    /** Posts the sign-in form; the answer is the redirect after the password. */
    Reply signInOnTheWeb(String username, String password) {
        return form("/login", "/login", Map.of("username", username, "password", password));
    }

    /**
     * On the second-factor page of a first sign-in: reads the set-up key shown, confirms it with its current code
     * and answers the key (base32, no spaces), as someone adding it to an authenticator app would.
     */
    String setUpSecondFactor() {
        String page = send(page("/login/second-factor").GET().build()).body();
        Matcher secret = SECRET.matcher(page);
        if (!secret.find()) {
            throw new AssertionError("no set-up key on the second-factor page: " + page);
        }
        String key = secret.group(1).replace(" ", "");
        Reply confirmed = form("/login/second-factor", "/login/second-factor",
                Map.of("code", Totp.code(Base32.decode(key), Totp.stepAt(Instant.now()))));
        if (confirmed.status() != 302 || confirmed.location() == null
                || confirmed.location().contains("second-factor")) {
            throw new AssertionError("the first code was not accepted: " + confirmed + " " + confirmed.location());
        }
        return key;
    }

    private Reply form(String page, String action, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(send(page(page).GET().build()).body());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on " + page);
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf.group(1));
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(page(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("X-Tidemark-Client", "tidemark-upgrade-fixture");
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html");
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
