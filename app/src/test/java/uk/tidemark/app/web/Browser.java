package uk.tidemark.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for sign-in tests: a cookie jar, redirects shown rather than followed (so a
 * test sees each step), and the sign-in form's CSRF token read off the page as a browser would submit it.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /** Headers sent on every request (e.g. the X-Forwarded-For a trusted proxy would add), as name, value, ... */
    private final String[] always;

    public Browser(String base, String... always) {
        this.base = base;
        this.always = always;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /**
     * A JSON POST riding the session cookie (an API client that signed in once), which says it is meant with the
     * X-Tidemark-Client header, as such a client must (decision 0028).
     */
    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Tidemark-Client", "tidemark-tests")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A DELETE as an API client riding the session cookie: it sends X-Tidemark-Client (decision 0028). */
    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("X-Tidemark-Client", "tidemark-tests").DELETE().build());
    }

    /** Basic credentials on this one request; later requests ride the session cookie. */
    public HttpResponse<String> getWithBasic(String path, String username, String password, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        System.arraycopy(headers, 0, all, 2, headers.length);
        return get(path, all);
    }

    /** Posts the form fields with the CSRF token of the page at {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        return post(action, fields, csrfOf(formPage));
    }

    public HttpResponse<String> post(String action, Map<String, String> fields, String csrf) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(action)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signs in with the form: the answer is the redirect after the password. */
    public HttpResponse<String> signIn(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    /** Signs in with the form, the second-factor code given with the password in the page's optional field. */
    public HttpResponse<String> signIn(String username, String password, String code) {
        return submit("/login", "/login", Map.of("username", username, "password", password, "code", code));
    }

    public String csrfOf(String page) {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page);
        }
        return m.group(1);
    }

    /** The session cookie's value, or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> URI.create(l).getPath()
                + (URI.create(l).getQuery() == null ? "" : "?" + URI.create(l).getQuery())).orElse(null);
    }

    private HttpResponse<String> send(HttpRequest request) {
        if (always.length > 0) {
            HttpRequest.Builder with = HttpRequest.newBuilder(request, (name, value) -> true);
            for (int i = 0; i < always.length; i += 2) {
                with.header(always[i], always[i + 1]);
            }
            request = with.build();
        }
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
