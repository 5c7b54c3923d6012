package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The administration pages without JavaScript (plain form posts): an administrator creates an account (a password
 * made and shown once, or one typed), gives it roles in a setting (a case role once the setting's headteacher confirms it), and an invalid account is refused field by field
 * and not created; every change is in the audit trail. A closure day added on the calendar page moves the
 * first-response deadline of a case logged after it, and not of one logged before. A DSL is refused the pages, and
 * the pages show an administrator no case content.
 */
@RunningApp
class AdminPagesTest {

    private static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-password\">([^<]+)<");

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

    @Autowired
    WorkingCalendar calendar;

    private Browser admin() {
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(Browser.location(browser.signIn(ADMIN, PASSWORD))).isEqualTo("/");
        return browser;
    }

    @Test
    void anAdministratorCreatesAUserWhosePasswordIsShownOnceAndGivesThemRolesInASetting() {
        Browser browser = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "new.dsl");
        form.put("displayName", "Nia Newcomer");
        form.put("roles", "STAFF");
        form.put("settingIds", SETTING_B);
        HttpResponse<String> created = browser.submit("/admin/users/new", "/admin/users/new", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        assertThat(Browser.location(created)).isEqualTo("/admin/users/new.dsl");

        HttpResponse<String> page = browser.get("/admin/users/new.dsl");
        assertThat(page.body()).contains("The account new.dsl was created.", "Birch School", "shown once");
        Matcher shown = ONE_TIME.matcher(page.body());
        assertThat(shown.find()).as("the generated password on the page").isTrue();
        String password = shown.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(browser.get("/admin/users/new.dsl").body()).as("shown once only").doesNotContain(password);

        Browser newcomer = new Browser("http://localhost:" + port);
        assertThat(Browser.location(newcomer.signIn("new.dsl", password))).as("signs in with it").isEqualTo("/");
        assertThat(Browser.location(newcomer.get("/"))).as("for the first sign-in only").isEqualTo("/account/password");

        // now a DSL of setting A rather than staff of setting B
        HttpResponse<String> changed = browser.submit("/admin/users/new.dsl", "/admin/users/new.dsl/access",
                Map.of("roles", "DSL", "settingIds", SETTING_A));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        TidemarkUser after = accounts.find("new.dsl").orElseThrow();
        assertThat(after.roles()).as("the case role waits for the setting's headteacher (decision 0026)").isEmpty();
        assertThat(after.settingIds()).containsExactly(SETTING_A);
        assertThat(browser.get("/admin/users/new.dsl").body()).contains("Waiting for confirmation",
                "Designated safeguarding lead", "The headteacher of Alder School");
        String grant = api.get(HEAD_A, "/api/role-grants").json().get(0).path("grantId").asText();
        assertThat(api.post(HEAD_A, "/api/role-grants/" + grant + "/confirm", Map.of()).status()).isEqualTo(200);
        assertThat(accounts.find("new.dsl").orElseThrow().roles()).containsExactly(Role.DSL);
        assertThat(browser.get("/admin/users").body()).contains("new.dsl", "Nia Newcomer",
                "Designated safeguarding lead", "Alder School");

        // disabled: cannot sign in
        assertThat(browser.submit("/admin/users/new.dsl", "/admin/users/new.dsl/enabled", Map.of("enabled", "false"))
                .statusCode()).isEqualTo(302);
        assertThat(Browser.location(new Browser("http://localhost:" + port).signIn("new.dsl", password)))
                .startsWith("/login?error");

        assertThat(adminEntries()).contains("USER_CREATED new.dsl", "USER_ACCESS_CHANGED new.dsl",
                "ROLE_GRANT_REQUESTED new.dsl", "ROLE_GRANT_CONFIRMED new.dsl", "USER_DISABLED new.dsl");
        assertThat(jdbc.queryForList("SELECT details FROM tidemark_audit_entry WHERE kind = 'ADMIN'", String.class))
                .as("no password in the trail").noneMatch(d -> d.contains(password));
    }

    @Test
    void anInvalidUserIsRefusedFieldByFieldAndNotCreated() {
        accounts.createTrust("trust-2", "Other Trust");
        accounts.createSetting(new Setting("setting-c", "trust-2", "Cedar School"));
        Browser browser = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "Bad Name!");
        form.put("displayName", "");
        form.put("password", "short");
        form.put("settingIds", "setting-c");
        HttpResponse<String> refused = browser.submit("/admin/users/new", "/admin/users/new", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("There is a problem", "Username must be 2 to 100 lower-case letters",
                "Full name is required.", "Password must be at least 12 characters long.",
                "Roles must name at least one role.", "href=\"#user-username\"");
        assertThat(accounts.exists("Bad Name!")).isFalse();

        // a trust's administrator cannot place a user in another trust's setting, nor join admin with a case role
        accounts.createUser("admin-1", "Trust Admin", encoder.encode(PASSWORD), EnumSet.of(Role.ADMIN), "trust-1",
                true, Set.of());
        Browser trustAdmin = new Browser("http://localhost:" + port);
        trustAdmin.signIn("admin-1", PASSWORD);
        HttpResponse<String> elsewhere = trustAdmin.submit("/admin/users/new", "/admin/users/new", Map.of(
                "username", "cedar.dsl", "displayName", "Cee Dee", "roles", "DSL", "settingIds", "setting-c"));
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("is not a setting of a trust you manage.");
        assertThat(accounts.exists("cedar.dsl")).isFalse();
        assertThat(trustAdmin.get("/admin/settings").body()).contains("Alder School").doesNotContain("Cedar School");

        // the same rules through the API
        Reply viaApi = api.post(ADMIN, "/api/admin/users", Map.of("username", "both.roles", "displayName", "Bo Th",
                "roles", List.of("ADMIN", "DSL"), "settingIds", List.of(SETTING_A, "setting-c")));
        JsonNode problem = assertProblem(viaApi, 400);
        assertThat(problem.toString()).contains("cannot join Admin with another role",
                "is a setting of another trust");
        Reply ok = api.post(ADMIN, "/api/admin/users", Map.of("username", "api.staff", "displayName", "Ap Staff",
                "password", "a typed password 1", "roles", List.of("STAFF"), "settingIds", List.of(SETTING_A)));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(ok.json().path("oneTimePassword").isNull()).as("a typed password is not answered").isTrue();
        assertThat(api.get(ADMIN, "/api/admin/users/api.staff").json()
                .path("settings").get(0).path("name").asText()).isEqualTo("Alder School");
    }

    @Test
    void aClosureAddedOnTheCalendarPageMovesTheFirstResponseDeadlineOfACaseLoggedAfterIt() {
        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        // the day the first response of a report made now depends on: today, or the next working day after it
        LocalDate target = calendar.isWorkingDay(today) ? today : calendar.workingDaysAfter(today, 1);
        String before = cases.logCase(DSL_A, caseBody());
        Instant dueBefore = Instant.parse(cases.deadline(DSL_A, before, "FIRST_RESPONSE").path("dueAt").asText());

        Browser browser = admin();
        HttpResponse<String> added = browser.submit("/admin/calendar", "/admin/calendar",
                Map.of("date", target.toString(), "kind", "CLOSED", "reason", "INSET day"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        assertThat(browser.get("/admin/calendar").body()).contains("INSET day",
                "Deadlines already set keep their due date");

        String after = cases.logCase(DSL_A, caseBody());
        Instant dueAfter = Instant.parse(cases.deadline(DSL_A, after, "FIRST_RESPONSE").path("dueAt").asText());
        assertThat(dueAfter).isAfter(dueBefore);
        assertThat(dueAfter.atZone(WorkingCalendar.UK).toLocalDate()).isAfter(target);
        assertThat(dueAfter.atZone(WorkingCalendar.UK).toLocalTime()).as("by the end of a day")
                .isAfterOrEqualTo(LocalTime.of(23, 59, 59));
        assertThat(Instant.parse(cases.deadline(DSL_A, before, "FIRST_RESPONSE").path("dueAt").asText()))
                .as("a deadline already set keeps its due date").isEqualTo(dueBefore);

        // the same day twice, and a weekend, are refused beside the field
        HttpResponse<String> twice = browser.submit("/admin/calendar", "/admin/calendar",
                Map.of("date", target.toString(), "kind", "CLOSED", "reason", "again"));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("Date has an override already: remove it first.");
        assertThat(adminEntries()).contains("CALENDAR_DAY_ADDED " + target);
    }

    @Test
    void aTimescaleChangedOnThePageSetsTheDeadlineOfAComplaintReceivedAfterIt() {
        Browser browser = admin();
        HttpResponse<String> refused = browser.submit("/admin/timescales", "/admin/timescales",
                Map.of("property", "tidemark.complaints.acknowledge-days", "value", "0"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("New value must be from 1 to 260 school days.");
        HttpResponse<String> changed = browser.submit("/admin/timescales", "/admin/timescales",
                Map.of("property", "tidemark.complaints.acknowledge-days", "value", "10"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        assertThat(api.get(ADMIN, "/api/admin/timescales").raw().body())
                .contains("\"name\":\"Acknowledge a complaint\",\"value\":10,");
        // the registers' timescales too (issue 18), each with its own bounds
        assertThat(browser.get("/admin/timescales").body()).contains("Low-level concerns", "Concerns that prompt a review",
                "3 concerns", "Renewal of a moderator&#39;s DBS check", "3 years", "Acknowledge a policy version");
        HttpResponse<String> tooMany = browser.submit("/admin/timescales", "/admin/timescales",
                Map.of("property", "tidemark.low-level-concerns.review-threshold", "value", "25"));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("New value must be from 1 to 20 concerns.");
        assertThat(browser.submit("/admin/timescales", "/admin/timescales", Map.of("property",
                "tidemark.official-accounts.handover-days", "value", "3")).statusCode()).isEqualTo(302);
        assertThat(api.get(ADMIN, "/api/admin/timescales").raw().body())
                .contains("\"name\":\"Handover after the lead leaves\",\"value\":3,");

        Reply received = api.post(DSL_A, "/api/complaints", Map.of("channel", "EMAIL", "complainant", "A Parent",
                "summary", "Unhappy with a post"));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String complaint = received.json().path("id").asText();
        Instant due = Instant.parse(cases.deadline(DSL_A, complaint, "COMPLAINT_ACKNOWLEDGEMENT").path("dueAt").asText());
        assertThat(due.atZone(WorkingCalendar.UK).toLocalDate())
                .isEqualTo(calendar.workingDaysAfter(LocalDate.now(WorkingCalendar.UK), 10));
        assertThat(adminEntries()).contains("TIMESCALE_CHANGED");
    }

    /**
     * Term dates (decision 0048): a CSV with a bad line refused whole, then imported (and again, adding nothing), an
     * overlap refused; a holiday entered for setting B moves the acknowledgement of a complaint received there past
     * it, while setting A, without it, counts working days; each change is an audit entry.
     */
    @Test
    void termDatesAreImportedCheckedAndCountedPerSetting() {
        String path = "/api/admin/term-dates/import?settingId=" + SETTING_B;
        Reply bad = api.send(ADMIN, "POST", path, "Kind,Name,First day,Last day\nTerm,Autumn term,02/09/2030,18/12/2030\n"
                + "Week,Odd,01/01/2031,02/01/2031\nHoliday,Oops,31/02/2031,01/03/2031\n", null, "text/csv");
        JsonNode problem = assertProblem(bad, 400);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(problem.path("errors").get(0).path("detail").asText())
                .contains("Line 3: the kind must be Term or Holiday.", "Line 4: write the dates as 02/09/2026");
        assertThat(api.get(ADMIN, "/api/admin/term-dates?settingId=" + SETTING_B).json()).isEmpty();
        String csv = "Term,Autumn term,02/09/2030,18/12/2030\nTerm,Spring term,2031-01-06,2031-03-28\n";
        Reply imported = api.send(ADMIN, "POST", path, csv, null, "text/csv");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("added").asInt()).isEqualTo(2);
        Reply again = api.send(ADMIN, "POST", path, csv, null, "text/csv");
        assertThat(again.json().path("added").asInt()).isZero();
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(2);
        JsonNode overlap = assertProblem(api.post(ADMIN, "/api/admin/term-dates", Map.of("settingId", SETTING_B,
                "kind", "TERM", "name", "Extra", "firstDay", "2030-12-01", "lastDay", "2030-12-20")), 400);
        assertThat(overlap.toString()).contains("lastDay", "overlaps Autumn term (Monday 2 September 2030 to "
                + "Wednesday 18 December 2030)");

        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        Reply holiday = api.post(ADMIN, "/api/admin/term-dates", Map.of("settingId", SETTING_B, "kind", "HOLIDAY",
                "name", "Closed for building work", "firstDay", today.plusDays(1).toString(),
                "lastDay", today.plusDays(21).toString()));
        assertThat(holiday.status()).as(holiday.toString()).isEqualTo(201);
        try {
            LocalDate inB = acknowledgeBy(SETTING_B);
            LocalDate inA = acknowledgeBy(SETTING_A);
            assertThat(inB).as("school days skip setting B's holiday").isAfter(today.plusDays(21));
            assertThat(inA).as("setting A has no term dates: working days").isBefore(today.plusDays(21));
        } finally {
            assertThat(api.post(ADMIN, "/api/admin/term-dates/remove", Map.of("settingId", SETTING_B,
                    "id", holiday.json().path("id").asText())).status()).isEqualTo(204);
        }
        assertThat(adminEntries()).contains("TERM_DATES_IMPORTED", "TERM_DATES_ADDED", "TERM_DATES_REMOVED");
        assertProblem(api.get(DSL_A, "/api/admin/term-dates?settingId=" + SETTING_B), 403);
        assertProblem(api.get(ADMIN, "/api/admin/term-dates?settingId=no-such-setting"), 404);
    }

    private LocalDate acknowledgeBy(String settingId) {
        Reply received = api.post(DSL_AB, "/api/complaints", Map.of("channel", "EMAIL", "complainant", "A Parent",
                "summary", "Unhappy with a post", "settingId", settingId));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String complaint = received.json().path("id").asText();
        return Instant.parse(cases.deadline(DSL_AB, complaint, "COMPLAINT_ACKNOWLEDGEMENT").path("dueAt").asText())
                .atZone(WorkingCalendar.UK).toLocalDate();
    }

    @Test
    void aDslIsRefusedTheAdministrationPagesAndTheyShowAnAdministratorNoCaseContent() {
        Map<String, Object> body = caseBody();
        body.put("summary", "Distinctive summary words 7731");
        String caseId = cases.logCase(DSL_A, body);
        cases.deadline(DSL_A, caseId, "FIRST_RESPONSE"); // the read side has it

        Browser dsl = new Browser("http://localhost:" + port);
        dsl.signIn(DSL_A, PASSWORD);
        for (String page : List.of("/admin", "/admin/users", "/admin/users/new", "/admin/users/" + DSL_A,
                "/admin/settings", "/admin/calendar", "/admin/term-dates", "/admin/timescales")) {
            assertThat(dsl.get(page).statusCode()).as(page).isEqualTo(403);
        }
        assertThat(dsl.post("/admin/users/new", Map.of("username", "sneaky", "displayName", "S", "roles", "ADMIN"),
                dsl.csrfOf("/")).statusCode()).isEqualTo(403);
        assertThat(accounts.exists("sneaky")).isFalse();
        assertThat(api.get(DSL_A, "/api/admin/users").status()).isEqualTo(403);

        Browser browser = admin();
        for (String page : List.of("/admin", "/admin/users", "/admin/users/new", "/admin/users/" + DSL_A,
                "/admin/settings", "/admin/calendar", "/admin/term-dates", "/admin/timescales")) {
            HttpResponse<String> shown = browser.get(page);
            assertThat(shown.statusCode()).as(page).isEqualTo(200);
            assertThat(shown.body()).as(page).doesNotContain("Distinctive summary words 7731", "Pupil One", caseId);
        }
        assertThat(browser.get("/cases/" + caseId).statusCode()).as("no case page for an administrator")
                .isEqualTo(403);
    }

    private List<String> adminEntries() {
        return jdbc.query("SELECT what, details FROM tidemark_audit_entry WHERE kind = 'ADMIN' ORDER BY pos",
                (rs, i) -> {
                    String details = rs.getString(2);
                    Matcher m = Pattern.compile("\"(?:username|date)\":\"([^\"]+)\"").matcher(details);
                    return rs.getString(1) + (m.find() ? " " + m.group(1) : "");
                });
    }
}
