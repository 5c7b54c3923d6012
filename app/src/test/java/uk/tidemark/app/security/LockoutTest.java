package uk.tidemark.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Browser;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Lock-out with back-off after failed sign-ins, per account and in the relational store; a lock answers
 * exactly as a wrong password does. Short locks here (3 failures, 2 s doubling) so that the test can wait them
 * out; the defaults are 5 failures and 1 minute.
 */
@RunningApp
@TestPropertySource(properties = {"tidemark.security.lockout.max-failures=3",
        "tidemark.security.lockout.first-lock=2s", "tidemark.security.lockout.longest-lock=1m"})
class LockoutTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLockAnswersExactlyAsAWrongPasswordDoesAndEndsOnItsOwn() {
        HttpResponse<String> wrong = null;
        for (int i = 0; i < 3; i++) {
            wrong = basic(DSL_B, "not the password");
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        assertThat(lockedForMillis(DSL_B)).isPositive();

        HttpResponse<String> locked = basic(DSL_B, PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).as("the same problem as a wrong password").isEqualTo(wrong.body());
        assertThat(locked.headers().firstValue("WWW-Authenticate")).isEqualTo(wrong.headers().firstValue("WWW-Authenticate"));
        Browser form = browser();
        assertThat(Browser.location(form.signIn(DSL_B, PASSWORD))).as("and the form's error, as a wrong password's")
                .isEqualTo("/login?error");

        awaitUnlocked(DSL_B);
        assertThat(basic(DSL_B, PASSWORD).statusCode()).as("the lock ends on its own").isEqualTo(200);
        Map<String, Object> state = state(DSL_B);
        assertThat(state).containsEntry("FAILED_SIGN_INS", 0).containsEntry("SIGN_IN_LOCKS", 0)
                .containsEntry("LOCKED_UNTIL_MS", null);
    }

    @Test
    void eachLockInARowLastsTwiceAsLongAndFailuresDuringALockAreNotCounted() {
        failThrice(DSL_AB);
        assertThat(lockedForMillis(DSL_AB)).isCloseTo(2000L, within(600L));
        basic(DSL_AB, "still wrong");
        basic(DSL_AB, "still wrong");
        assertThat(state(DSL_AB)).containsEntry("FAILED_SIGN_INS", 0).containsEntry("SIGN_IN_LOCKS", 1);

        awaitUnlocked(DSL_AB);
        failThrice(DSL_AB);
        assertThat(lockedForMillis(DSL_AB)).as("the second lock in a row").isCloseTo(4000L, within(600L));
        assertThat(state(DSL_AB)).containsEntry("SIGN_IN_LOCKS", 2);
    }

    @Test
    void theLockIsReadFromTheStoreSoEveryInstanceHonoursIt() {
        // as another instance would have written it
        jdbc.update("UPDATE tidemark_user SET locked_until_ms = ? WHERE username = ?",
                Instant.now().plusSeconds(60).toEpochMilli(), STAFF_A);
        assertThat(basic(STAFF_A, PASSWORD).statusCode()).isEqualTo(401);
        jdbc.update("UPDATE tidemark_user SET locked_until_ms = NULL WHERE username = ?", STAFF_A);
        assertThat(basic(STAFF_A, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownUsernameIsRefusedAlikeAndLeavesNoTrace() {
        HttpResponse<String> known = basic(TRUSTEE, "not the password");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> unknown = basic("nobody-by-this-name", "whatever it is");
            assertThat(unknown.statusCode()).isEqualTo(401);
            assertThat(unknown.body()).isEqualTo(known.body());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_user WHERE username = ?", Long.class,
                "nobody-by-this-name")).isZero();
    }

    // ---- helpers ----

    private Browser browser() {
        return new Browser("http://127.0.0.1:" + port);
    }

    private HttpResponse<String> basic(String username, String password) {
        return browser().getWithBasic("/api/me", username, password);
    }

    private void failThrice(String username) {
        for (int i = 0; i < 3; i++) {
            assertThat(basic(username, "not the password").statusCode()).isEqualTo(401);
        }
    }

    private Map<String, Object> state(String username) {
        return jdbc.queryForMap("SELECT failed_sign_ins, sign_in_locks, locked_until_ms FROM tidemark_user "
                + "WHERE username = ?", username);
    }

    private long lockedForMillis(String username) {
        Long until = jdbc.queryForObject("SELECT locked_until_ms FROM tidemark_user WHERE username = ?", Long.class,
                username);
        return until == null ? 0 : until - Instant.now().toEpochMilli();
    }

    private void awaitUnlocked(String username) {
        long left = lockedForMillis(username);
        if (left > 0) {
            sleep(left + 100);
        }
    }
}
