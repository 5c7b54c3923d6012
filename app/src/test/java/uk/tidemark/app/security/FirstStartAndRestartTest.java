package uk.tidemark.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.tidemark.app.TidemarkApplication;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default on its own files: the first start creates the administrator with a random password
 * (written owner-only to the data directory) that must be changed before anything else, and a restart keeps users,
 * events and read models.
 */
class FirstStartAndRestartTest {

    private static final String CHOSEN = "moorings for the night boats";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theFirstStartCreatesTheAdministratorOnceAndARestartKeepsEverything() throws Exception {
        Path dataDir = Path.of("target/test-data/first-start-" + UUID.randomUUID()).toAbsolutePath();
        Path passwordFile = dataDir.resolve("initial-admin-password");
        String password;
        String caseId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            assertThat(passwordFile).exists();
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);

            HttpResponse<String> me = get(first, "/api/me", "admin", password);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"roles\":[\"ADMIN\"]");
            assertThat(get(first, "/api/incidents", "admin", password).statusCode())
                    .as("administrators see no case content").isEqualTo(403);
            // the printed password is for the first sign-in only (decision 0024)
            HttpResponse<String> notYet = get(first, "/api/admin/users", "admin", password);
            assertThat(notYet.statusCode()).isEqualTo(403);
            assertThat(notYet.body()).contains("Change your password first");
            HttpResponse<String> changed = http.send(HttpRequest.newBuilder(uri(first, "/api/me/password"))
                    .header("Authorization", basic("admin", password)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + password
                            + "\",\"newPassword\":\"" + CHOSEN + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
            assertThat(get(first, "/api/admin/users", "admin", CHOSEN).statusCode()).isEqualTo(200);

            AccountStore accounts = first.getBean(AccountStore.class);
            accounts.createTrust("t", "Trust");
            accounts.createSetting(new Setting("s", "t", "School"));
            accounts.createUser("lead", "Lead", first.getBean(PasswordEncoder.class).encode("lead-password-1"),
                    EnumSet.of(Role.DSL), "t", false, Set.of("s"));
            caseId = logCase(first);
            awaitVisible(first, caseId);
        }

        try (ConfigurableApplicationContext again = start(dataDir)) {
            assertThat(Files.readString(passwordFile).strip()).as("the password file is not rewritten")
                    .isEqualTo(password);
            assertThat(again.getBean(AccountStore.class).countUsers()).isEqualTo(2);
            assertThat(get(again, "/api/me", "admin", password).statusCode()).isEqualTo(401);
            assertThat(get(again, "/api/admin/users", "admin", CHOSEN).statusCode()).isEqualTo(200);
            awaitVisible(again, caseId);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(TidemarkApplication.class).run(
                "--tidemark.data-dir=" + dataDir, "--server.port=0",
                "--management.server.port=0", "--tidemark.security.totp.required-roles=");
    }

    private String logCase(ConfigurableApplicationContext app) throws Exception {
        String body = """
                {"category":"CYBERBULLYING","platform":"INSTAGRAM","occurredAt":"%s",
                 "summary":"Unkind comments under a class photo","links":[],
                 "people":[{"name":"Pupil A","role":"PUPIL","involvement":"TARGET"}],"immediateRisk":false}
                """.formatted(Instant.now().minusSeconds(600));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(app, "/api/incidents"))
                .header("Authorization", basic("lead", "lead-password-1"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    }

    private void awaitVisible(ConfigurableApplicationContext app, String caseId) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = get(app, "/api/incidents/" + caseId, "lead", "lead-password-1").statusCode();
            Thread.sleep(status == 200 ? 0 : 50);
        }
        assertThat(status).as("the case is readable").isEqualTo(200);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path, String user, String password)
            throws Exception {
        return http.send(HttpRequest.newBuilder(uri(app, path)).header("Authorization", basic(user, password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
