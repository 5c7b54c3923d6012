package uk.tidemark.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.audit.AuditLog;
import uk.tidemark.app.audit.VerifyAuditLog;
import uk.tidemark.app.web.ApiTestSupport;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the audit trail straight from its table, signed-in sessions, and the offline verifier, for the tests. */
public abstract class AuditTestSupport extends ApiTestSupport {

    @Autowired
    public AuditLog auditLog;
    @Autowired
    public DataSource dataSource;

    /** Audit rows as the table holds them, oldest first. {@code where} is SQL over its columns, or empty. */
    public List<Map<String, Object>> auditRows(String where, Object... args) {
        return jdbc.queryForList("SELECT * FROM tidemark_audit_entry" + (where.isEmpty() ? "" : " WHERE " + where)
                + " ORDER BY pos", args);
    }

    public long auditCount(String where, Object... args) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_audit_entry"
                + (where.isEmpty() ? "" : " WHERE " + where), Long.class, args);
        return n == null ? 0 : n;
    }

    public long reads() {
        return auditCount("kind = 'READ'");
    }

    /** The offline verifier, run on the database the application uses, as its exit status and what it printed. */
    public record Offline(int status, String out) {
    }

    public Offline verifyOffline() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        int status = VerifyAuditLog.run(new String[]{"--url", url}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Offline(status, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    /** Waits (up to 5 s) until the trail holds at least {@code n} rows matching {@code where}. */
    public List<Map<String, Object>> awaitAudit(int n, String where, Object... args) {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<Map<String, Object>> rows;
        do {
            rows = auditRows(where, args);
            if (rows.size() >= n) {
                return rows;
            }
            sleep(20);
        } while (System.nanoTime() < until);
        throw new AssertionError("not " + n + " audit entries where " + where + " within 5 s: " + rows);
    }

    public static JsonNode details(Map<String, Object> row) {
        try {
            return JSON.readTree((String) row.get("DETAILS"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A client that signs in once and then rides its session cookie, as a browser or a well-behaved API client does:
     * one SIGN_IN entry, then only the entries of what it does.
     */
    public Session session(String user) {
        Session session = new Session(user);
        assertThat(session.get("/api/me").status()).as("sign-in of " + user).isEqualTo(200);
        return session;
    }

    public final class Session {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String basic;

        Session(String user) {
            this.basic = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        Reply get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        Reply post(String path, Object body) {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(write(body))));
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private Reply send(HttpRequest.Builder request) {
            // the credentials go with every request; Spring Security checks them only when the session has none
            request.header("Authorization", basic).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30));
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response.statusCode(), response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
