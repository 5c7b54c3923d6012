package uk.tidemark.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.audit.AuditLog;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * An administrator's change whose audit entry cannot be written is not made (decision 0029): every change of
 * accounts, settings, the calendar, timescales and second factors answers 503 with a problem detail (a page, 503
 * as a page), and the accounts tables are as they were. The audit is made to fail in the database itself, for ADMIN
 * entries only, so the administrator still signs in.
 */
@RunningApp
class AdminChangeFailClosedTest {

    private static final String TIMESCALE = "tidemark.complaints.acknowledge-days";

    @Autowired
    ApiClient api;
    @Autowired
    AuditFixture audit;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog auditLog;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void withTheAuditRefusingAdminEntriesEveryAdminChangeAnswers503AndChangesNothing() {
        LocalDate closing = workingDayAfter(LocalDate.now(WorkingCalendar.UK).plusDays(20));
        LocalDate closed = workingDayAfter(closing.plusDays(1));
        assertThat(api.post(ADMIN, "/api/admin/calendar", Map.of("date", closed.toString(), "kind", "CLOSED",
                "reason", "Training day")).status()).isEqualTo(201);
        jdbc.update("INSERT INTO tidemark_totp (username, secret, confirmed_at_ms, last_step) VALUES (?, ?, ?, ?)",
                HEAD_A, "not-a-real-secret", 1L, 1L);
        Browser page = new Browser("http://localhost:" + port);
        assertThat(page.signIn(ADMIN, PASSWORD).statusCode()).isEqualTo(302);
        String before = accountsAsTheyAre();
        int acknowledgeDays = timescale();
        long adminEntries = audit.auditCount("kind = 'ADMIN'");

        jdbc.execute("ALTER TABLE tidemark_audit_entry ADD CONSTRAINT ck_test_no_admin CHECK (kind <> 'ADMIN') NOCHECK");
        try {
            List<Supplier<Reply>> changes = List.of(
                    () -> api.post(ADMIN, "/api/admin/users", Map.of("username", "new.staff", "displayName", "New Staff",
                            "roles", List.of("STAFF"), "settingIds", List.of(SETTING_A))),
                    () -> api.post(ADMIN, "/api/admin/users/" + STAFF_A + "/access", Map.of("roles", List.of("STAFF"),
                            "settingIds", List.of(SETTING_B))),
                    () -> api.post(ADMIN, "/api/admin/users/" + DSL_B + "/enabled", Map.of("enabled", false)),
                    () -> api.post(ADMIN, "/api/admin/settings", Map.of("name", "Cedar School", "trustId", "trust-1")),
                    () -> api.post(ADMIN, "/api/admin/settings/rename", Map.of("settingId", SETTING_A,
                            "name", "Renamed School")),
                    () -> api.post(ADMIN, "/api/admin/settings/calendar", Map.of("settingId", SETTING_B,
                            "calendar", "SCOTLAND")),
                    () -> api.post(ADMIN, "/api/admin/calendar", Map.of("date", closing.toString(), "kind", "CLOSED",
                            "reason", "Training day")),
                    () -> api.post(ADMIN, "/api/admin/calendar/remove", Map.of("date", closed.toString())),
                    () -> api.post(ADMIN, "/api/admin/timescales", Map.of("property", TIMESCALE,
                            "value", acknowledgeDays + 2)),
                    () -> api.send(ADMIN, "DELETE", "/api/admin/users/" + HEAD_A + "/second-factor", null, null, null),
                    () -> api.post(ADMIN, "/api/admin/users/" + STAFF_A + "/password", Map.of()),
                    // a case role asked for: the request waits for the headteacher (decision 0026), or is not made
                    () -> api.post(ADMIN, "/api/admin/users/" + STAFF_A + "/access", Map.of("roles",
                            List.of("STAFF", "DSL"), "settingIds", List.of(SETTING_A))));
            for (Supplier<Reply> change : changes) {
                Reply reply = change.get();
                assertThat(accountsAsTheyAre()).as("after %s", reply.raw().request().uri()).isEqualTo(before);
                assertThat(assertProblem(reply, 503).path("detail").asText()).as("%s", reply).contains("audit trail");
            }
            // the same through a page: the page of a change not made, and nothing made
            HttpResponse<String> refused = page.submit("/admin/users/new", "/admin/users/new", Map.of(
                    "username", "page.staff", "displayName", "Page Staff", "roles", "STAFF", "settingIds", SETTING_A));
            assertThat(accountsAsTheyAre()).isEqualTo(before);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains("could not be recorded in the audit trail, so it was not done");
            assertThat(timescale()).as("the timescale in force, not a rolled-back one").isEqualTo(acknowledgeDays);
            assertThat(calendar.isWorkingDay(closing)).as("the calendar in force").isTrue();
        } finally {
            jdbc.execute("ALTER TABLE tidemark_audit_entry DROP CONSTRAINT ck_test_no_admin");
        }
        assertThat(audit.auditCount("kind = 'ADMIN'")).isEqualTo(adminEntries);

        // with the trail back, the same change is made and recorded
        assertThat(api.post(ADMIN, "/api/admin/users/" + DSL_B + "/enabled", Map.of("enabled", false)).status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT enabled FROM tidemark_user WHERE username = ?", Boolean.class, DSL_B))
                .isFalse();
        assertThat(audit.auditCount("kind = 'ADMIN'")).isEqualTo(adminEntries + 1);
        assertThat(auditLog.verify().valid()).isTrue();
    }

    /** Everything an administrator's change can touch, as one string to compare. */
    private String accountsAsTheyAre() {
        return String.join("\n",
                jdbc.queryForList("SELECT username || ' ' || enabled || ' ' || trust_wide || ' ' || password_hash "
                        + "|| ' ' || account_version FROM tidemark_user ORDER BY username", String.class).toString(),
                jdbc.queryForList("SELECT username || ' ' || roles FROM tidemark_role_grant ORDER BY 1", String.class)
                        .toString(),
                jdbc.queryForList("SELECT username || ' ' || role FROM tidemark_user_role ORDER BY 1", String.class)
                        .toString(),
                jdbc.queryForList("SELECT username || ' ' || setting_id FROM tidemark_user_setting ORDER BY 1",
                        String.class).toString(),
                jdbc.queryForList("SELECT id || ' ' || name || ' ' || calendar FROM tidemark_setting ORDER BY id",
                        String.class).toString(),
                jdbc.queryForList("SELECT CAST(on_date AS VARCHAR) || ' ' || kind FROM tidemark_calendar_day ORDER BY 1",
                        String.class).toString(),
                jdbc.queryForList("SELECT property || ' ' || amount FROM tidemark_timescale ORDER BY 1", String.class)
                        .toString(),
                jdbc.queryForList("SELECT username FROM tidemark_totp ORDER BY 1", String.class).toString());
    }

    private int timescale() {
        for (var t : api.get(ADMIN, "/api/admin/timescales").json()) {
            if (TIMESCALE.equals(t.path("property").asText())) {
                return t.path("value").asInt();
            }
        }
        throw new AssertionError("no timescale " + TIMESCALE);
    }

    private LocalDate workingDayAfter(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
