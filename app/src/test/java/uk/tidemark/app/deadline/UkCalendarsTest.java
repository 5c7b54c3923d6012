package uk.tidemark.app.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.app.web.Browser;
import uk.tidemark.app.web.TestClock;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Calendars for the whole UK (issue 13, decision 0032), end to end: an administrator chooses a setting's bank
 * holidays, shown in words on the settings page, and the deadlines of that setting's cases count on them, while
 * the settings left alone stay on England and Wales. "A deadline counted across 2 January 2031 in a Scottish
 * setting skips it": past the shipped bank-holiday lists, from the statutory rules.
 */
@RunningApp
class UkCalendarsTest {

    private static final String THISTLE = "thistle-school";
    private static final String DSL_S = "dsl-s";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aScottishSetting() {
        if (accounts.findSetting(THISTLE).isPresent()) {
            return;
        }
        accounts.createSetting(new Setting(THISTLE, "trust-1", "Thistle School"));
        accounts.createUser(DSL_S, "Ess Dee", encoder.encode(PASSWORD), EnumSet.of(Role.DSL), "trust-1", false,
                Set.of(THISTLE));
        Reply chosen = api.post(ADMIN, "/api/admin/settings/calendar",
                Map.of("settingId", THISTLE, "calendar", "SCOTLAND"));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.json().path("calendar").asText()).isEqualTo("SCOTLAND");
        assertThat(chosen.json().path("calendarName").asText()).isEqualTo("Scotland");
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aDeadlineCountedAcross2January2031InAScottishSettingSkipsIt() {
        // Tuesday 31 December 2030: a complaint's acknowledgement is due in five school days. England and Wales skip
        // New Year's Day (Thu 2, Fri 3, Mon 6, Tue 7, Wed 8); Scotland skips 2 January too, and lands a day later.
        TestClock.pretend(uk("2030-12-31T10:00"));
        String alder = receiveComplaint(DSL_A);
        String thistle = receiveComplaint(DSL_S);

        assertThat(dueDay(DSL_A, alder, "COMPLAINT_ACKNOWLEDGEMENT")).isEqualTo(LocalDate.of(2031, 1, 8));
        assertThat(dueDay(DSL_S, thistle, "COMPLAINT_ACKNOWLEDGEMENT")).isEqualTo(LocalDate.of(2031, 1, 9));

        // a report on New Year's Day is due by the end of the next working day: the 2nd, or in Scotland the 3rd
        TestClock.pretend(uk("2031-01-01T10:00"));
        Map<String, Object> inThistle = caseBody();
        String alderCase = cases.logCase(DSL_A, caseBody());
        String thistleCase = cases.logCase(DSL_S, inThistle);
        Instant alderDue = Instant.parse(cases.awaitDeadline(DSL_A, alderCase, "FIRST_RESPONSE", null,
                Duration.ofSeconds(10)).path("dueAt").asText());
        Instant thistleDue = Instant.parse(cases.awaitDeadline(DSL_S, thistleCase, "FIRST_RESPONSE", null,
                Duration.ofSeconds(10)).path("dueAt").asText());
        assertThat(alderDue).isEqualTo(endOf(LocalDate.of(2031, 1, 2)));
        assertThat(thistleDue).isEqualTo(endOf(LocalDate.of(2031, 1, 3)));
    }

    @Test
    void anAdministratorChoosesASettingsBankHolidaysOnThePageAndSeesThemInWords() {
        accounts.createSetting(new Setting("rowan-school", "trust-1", "Rowan School"));
        Browser admin = new Browser("http://localhost:" + port);
        assertThat(Browser.location(admin.signIn(ADMIN, PASSWORD))).isEqualTo("/");

        String page = admin.get("/admin/settings").body();
        assertThat(row(page, "Thistle School")).contains("Scotland");
        assertThat(row(page, "Rowan School")).as("a setting nobody chose for").contains("England and Wales");

        HttpResponse<String> refused = admin.submit("/admin/settings", "/admin/settings/calendar",
                Map.of("settingId", "rowan-school", "calendar", "WALES"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("There is a problem");
        HttpResponse<String> changed = admin.submit("/admin/settings", "/admin/settings/calendar",
                Map.of("settingId", "rowan-school", "calendar", "NORTHERN_IRELAND"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        String after = admin.get("/admin/settings").body();
        assertThat(after).contains("Rowan School counts working days on the bank holidays of Northern Ireland.");
        assertThat(row(after, "Rowan School")).contains("Northern Ireland");

        // a setting added with its calendar, through the page
        HttpResponse<String> added = admin.submit("/admin/settings", "/admin/settings",
                Map.of("name", "Heather Academy", "trustId", "trust-1", "calendar", "SCOTLAND"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        JsonNode listed = api.get(ADMIN, "/api/admin/settings").json();
        assertThat(calendarOf(listed, "heather-academy")).isEqualTo("SCOTLAND");
        assertThat(calendarOf(listed, "rowan-school")).isEqualTo("NORTHERN_IRELAND");
        assertThat(calendarOf(listed, SETTING_B)).isEqualTo("ENGLAND_AND_WALES");

        List<String> entries = jdbc.queryForList("SELECT what || ' ' || details FROM tidemark_audit_entry "
                + "WHERE kind = 'ADMIN' ORDER BY pos", String.class);
        assertThat(entries).anyMatch(e -> e.startsWith("SETTING_CALENDAR_CHANGED") && e.contains("rowan-school")
                && e.contains("NORTHERN_IRELAND"));
        assertThat(entries).anyMatch(e -> e.startsWith("SETTING_CREATED") && e.contains("heather-academy")
                && e.contains("SCOTLAND"));
    }

    @Test
    void onlyAnAdministratorOfTheSettingsTrustChoosesItsCalendar() {
        accounts.createTrust("trust-9", "Other Trust");
        accounts.createSetting(new Setting("far-school", "trust-9", "Far School"));
        accounts.createUser("admin-1t", "Trust Admin", encoder.encode(PASSWORD), EnumSet.of(Role.ADMIN), "trust-1",
                true, Set.of());
        assertProblem(api.post("admin-1t", "/api/admin/settings/calendar",
                Map.of("settingId", "far-school", "calendar", "SCOTLAND")), 404);
        assertProblem(api.post(DSL_A, "/api/admin/settings/calendar",
                Map.of("settingId", SETTING_A, "calendar", "SCOTLAND")), 403);
        assertProblem(api.post(ADMIN, "/api/admin/settings/calendar", Map.of("settingId", SETTING_A)), 400);
        assertThat(calendarOf(api.get(ADMIN, "/api/admin/settings").json(), SETTING_A)).isEqualTo("ENGLAND_AND_WALES");
    }

    @Test
    void theCalendarPageSaysHowFarTheShippedBankHolidaysReachAndOpensADayOnlyOneCalendarCloses() {
        Browser admin = new Browser("http://localhost:" + port);
        admin.signIn(ADMIN, PASSWORD);
        String page = admin.get("/admin/calendar").body();
        assertThat(page).contains("England and Wales", "Scotland", "Northern Ireland", "2024 to 2030",
                "Computed from the statutory rules from 2031");
        JsonNode view = api.get(ADMIN, "/api/admin/calendar").json();
        assertThat(view.path("bankHolidays").findValuesAsText("shippedUntil")).containsOnly("2030-12-31");

        // St Andrew's Day 2027 is a working day in England and Wales but not in Scotland, where Thistle School is:
        // opening it means something, so it is accepted (with England and Wales alone it would be one already)
        Reply open = api.post(ADMIN, "/api/admin/calendar", Map.of("date", "2027-11-30", "kind", "OPEN",
                "reason", "Thistle School works St Andrew's Day"));
        assertThat(open.status()).as(open.toString()).isEqualTo(201);
        assertThat(api.post(ADMIN, "/api/admin/calendar/remove", Map.of("date", "2027-11-30")).status()).isEqualTo(204);
    }

    private String receiveComplaint(String user) {
        Reply received = api.post(user, "/api/complaints", Map.of("channel", "EMAIL", "complainant", "A Parent",
                "summary", "Unhappy with a post"));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.json().path("id").asText();
    }

    private LocalDate dueDay(String user, String caseId, String kind) {
        Instant due = Instant.parse(cases.awaitDeadline(user, caseId, kind, null, Duration.ofSeconds(10))
                .path("dueAt").asText());
        assertThat(due).as("by the end of the day").isEqualTo(endOf(due.atZone(WorkingCalendar.UK).toLocalDate()));
        return due.atZone(WorkingCalendar.UK).toLocalDate();
    }

    /** The end of the day in London, as the read side keeps it (to the millisecond). */
    private static Instant endOf(LocalDate day) {
        return WorkingCalendar.endOf(day).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant uk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.UK).toInstant();
    }

    /** The settings table's row that names the setting. */
    private static String row(String page, String settingName) {
        int at = page.indexOf(">" + settingName + "</th>");
        assertThat(at).as("a row for " + settingName).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private static String calendarOf(JsonNode settings, String id) {
        for (JsonNode s : settings) {
            if (s.path("id").asText().equals(id)) {
                return s.path("calendar").asText();
            }
        }
        throw new AssertionError("no setting " + id + " in " + settings);
    }
}
