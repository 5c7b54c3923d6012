package uk.tidemark.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.RunningApp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.write;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 12 item 9: no redirect and no link is built from a request's {@code Host} or {@code X-Forwarded-Host}. The
 * requests come from the loopback address, which Tomcat trusts as a proxy by default, so the forwarded header is
 * honoured as far as Tomcat goes: every Location must still be a path of Tidemark's, and the e-mail links' base is the
 * configured public address. Raw sockets, because Java's HTTP client will not send another Host.
 */
@RunningApp
@TestPropertySource(properties = "tidemark.public-url=https://tidemark.example.org")
class SpoofedHostTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Value("${tidemark.notifications.mail.link-base}")
    String linkBase;

    @Test
    void aSpoofedHostNeverComesBackInALocation() {
        for (Map<String, String> spoof : List.of(Map.of("Host", "evil.example"),
                Map.of("X-Forwarded-Host", "evil.example"), Map.of("X-Forwarded-Host", "evil.example",
                        "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443"))) {
            Raw browser = new Raw(spoof);

            // signed out, a page sends to the sign-in page
            Answer cases = browser.send("GET", "/cases", null, null);
            assertThat(cases.status()).isEqualTo(302);
            assertThat(cases.location()).as("%s", spoof).isEqualTo("/login");

            // signing in goes on to the page that was asked for
            String csrf = browser.csrfOf("/login");
            Answer signedIn = browser.send("POST", "/login", "application/x-www-form-urlencoded",
                    "username=" + DSL_A + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf));
            assertThat(signedIn.status()).isEqualTo(302);
            assertThat(signedIn.location()).as("%s", spoof).startsWith("/cases");

            // a page's own redirect (the home page's sign-out)
            Answer signedOut = browser.send("POST", "/logout", "application/x-www-form-urlencoded",
                    "_csrf=" + enc(browser.csrfOf("/")));
            assertThat(signedOut.status()).isEqualTo(302);
            assertThat(signedOut.location()).as("%s", spoof).isEqualTo("/login?logout");

            // a create's Location
            Raw api = new Raw(spoof);
            api.headers.put("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((DSL_A + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            Answer created = api.send("POST", "/api/incidents", "application/json", write(caseBody()));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.location()).as("%s", spoof).startsWith("/api/incidents/");

            for (Answer answer : List.of(cases, signedIn, signedOut, created)) {
                assertThat(answer.head().toLowerCase(Locale.ROOT)).doesNotContain("evil.example");
            }
        }
    }

    @Test
    void eMailLinksStartWithTheConfiguredPublicAddress() {
        assertThat(linkBase).isEqualTo("https://tidemark.example.org");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Answer(int status, String head, String body) {
        String location() {
            Matcher m = Pattern.compile("(?im)^Location: *(\\S+)").matcher(head);
            return m.find() ? m.group(1) : null;
        }
    }

    /** HTTP/1.1 over a socket, with the cookies it is given back. */
    private final class Raw {
        final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Raw(Map<String, String> spoof) {
            headers.put("Host", "localhost:" + port);
            headers.putAll(spoof);
        }

        String csrfOf(String page) {
            Matcher m = CSRF.matcher(send("GET", page, null, null).body());
            assertThat(m.find()).as("a CSRF token on " + page).isTrue();
            return m.group(1).replace("&#45;", "-").replace("&#x2d;", "-");
        }

        Answer send(String method, String path, String contentType, String body) {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            if (!cookies.isEmpty()) {
                List<String> pairs = new ArrayList<>();
                cookies.forEach((k, v) -> pairs.add(k + "=" + v));
                request.append("Cookie: ").append(String.join("; ", pairs)).append("\r\n");
            }
            if (contentType != null) {
                request.append("Content-Type: ").append(contentType).append("\r\n");
            }
            request.append("Accept: ").append(headers.containsKey("Authorization") ? "application/json" : "text/html")
                    .append("\r\nContent-Length: ").append(content.length)
                    .append("\r\nConnection: close\r\n\r\n");
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(content);
                out.flush();
                byte[] all = socket.getInputStream().readAllBytes();
                String raw = new String(all, StandardCharsets.ISO_8859_1);
                int split = raw.indexOf("\r\n\r\n");
                String head = split < 0 ? raw : raw.substring(0, split);
                byte[] rest = split < 0 ? new byte[0] : Arrays.copyOfRange(all, split + 4, all.length);
                if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                    rest = unchunked(rest);
                }
                Matcher set = Pattern.compile("(?im)^Set-Cookie: *([^=;]+)=([^;\r\n]*)").matcher(head);
                while (set.find()) {
                    cookies.put(set.group(1), set.group(2));
                }
                int status = Integer.parseInt(head.substring(9, 12));
                return new Answer(status, head, new String(rest, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The body of a chunked answer (sizes in hex, each chunk followed by CRLF, ended by a chunk of 0). */
        private static byte[] unchunked(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            String text = new String(chunked, StandardCharsets.ISO_8859_1);
            int at = 0;
            while (at < chunked.length) {
                int eol = text.indexOf("\r\n", at);
                int size = Integer.parseInt(text.substring(at, eol).split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                body.write(chunked, eol + 2, size);
                at = eol + 2 + size + 2;
            }
            return body.toByteArray();
        }
    }
}
