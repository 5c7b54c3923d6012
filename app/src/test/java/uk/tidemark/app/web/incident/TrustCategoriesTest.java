package uk.tidemark.app.web.incident;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Browser;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * A trust's own categories (issue 15, decision 0041) through the API and the pages: an administrator adds, renames and
 * retires them (never two of one name, never a built-in's name; each change audited); staff report under one, the
 * DSL sees it on the case and in the list and changes it; a case of another category, another trust's category or a
 * retired one is refused on the field; a rename shows on the case while the chronology keeps the name it was given.
 */
@RunningApp
class TrustCategoriesTest {

    private static final String CATEGORIES = "/api/admin/categories";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AccountStore accounts;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private String add(String name, String under, String trustId) {
        ApiClient.Reply added = api.post(ADMIN, CATEGORIES, Map.of("name", name, "under", under, "trustId", trustId));
        assertThat(added.status()).as("add %s: %s", name, added).isEqualTo(201);
        String id = added.json().path("id").asText();
        assertThat(added.header("Location")).endsWith(CATEGORIES + "/" + id);
        return id;
    }

    private static List<String> fields(JsonNode problem) {
        return problem.path("errors").findValuesAsText("field");
    }

    private static Map<String, Object> under(String category, String trustCategoryId) {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", category);
        body.put("trustCategoryId", trustCategoryId);
        return body;
    }

    @Test
    void anAdministratorAddsRenamesAndRetiresTheTrustsCategoriesEachAudited() {
        String id = add("Group chats", "CYBERBULLYING", "trust-1");
        assertThat(id).isEqualTo("group-chats");

        assertThat(assertProblem(api.post(ADMIN, CATEGORIES, Map.of("name", " group   CHATS ", "under", "OTHER",
                "trustId", "trust-1")), 400).path("errors").get(0).path("detail").asText())
                .isEqualTo("is the name of another category of the trust already: choose another.");
        assertThat(fields(assertProblem(api.post(ADMIN, CATEGORIES, Map.of("name", "Cyberbullying",
                "under", "CYBERBULLYING", "trustId", "trust-1")), 400))).containsExactly("name");
        assertThat(fields(assertProblem(api.post(ADMIN, CATEGORIES, Map.of("name", "Gaming", "trustId", "trust-1")),
                400))).containsExactly("under");
        assertThat(fields(assertProblem(api.post(ADMIN, CATEGORIES, Map.of("name", "x".repeat(101),
                "under", "OTHER", "trustId", "trust-1")), 400))).containsExactly("name");
        assertProblem(api.post(DSL_A, CATEGORIES, Map.of("name", "Gaming", "under", "OTHER")), 403);
        assertProblem(api.get(DSL_A, CATEGORIES), 403);

        JsonNode renamed = api.post(ADMIN, CATEGORIES + "/rename", Map.of("categoryId", id,
                "name", "Class group chats")).json();
        assertThat(renamed.path("name").asText()).isEqualTo("Class group chats");
        assertThat(renamed.path("under").asText()).isEqualTo("CYBERBULLYING");
        assertThat(renamed.path("underName").asText()).isEqualTo("Cyberbullying");
        assertProblem(api.post(ADMIN, CATEGORIES + "/rename", Map.of("categoryId", "no-such-category",
                "name", "Anything")), 404);

        assertThat(api.get(STAFF_A, "/api/categories").json().findValuesAsText("id")).contains(id);
        JsonNode retired = api.post(ADMIN, CATEGORIES + "/retirement", Map.of("categoryId", id, "retired", true))
                .json();
        assertThat(retired.path("retired").asBoolean()).isTrue();
        assertThat(api.get(STAFF_A, "/api/categories").json().findValuesAsText("id")).doesNotContain(id);
        assertThat(api.get(ADMIN, CATEGORIES + "?trustId=trust-1").json().findValuesAsText("id")).contains(id);
        assertThat(api.post(ADMIN, CATEGORIES + "/retirement", Map.of("categoryId", id, "retired", false)).json()
                .path("retired").asBoolean()).isFalse();

        assertThat(jdbc.queryForList("SELECT what FROM tidemark_audit_entry WHERE kind = 'ADMIN' AND details LIKE ?",
                String.class, "%\"" + id + "\"%"))
                .containsExactly("CATEGORY_ADDED", "CATEGORY_RENAMED", "CATEGORY_RETIRED", "CATEGORY_REINSTATED");
    }

    @Test
    void staffReportUnderOneTheDslSeesItAndARenameShowsOnTheCaseButNotInItsHistory() {
        String chats = add("Year group chats", "CYBERBULLYING", "trust-1");
        String fakes = add("Fake staff accounts", "DEFAMATION", "trust-1");
        JsonNode offered = api.get(STAFF_A, "/api/categories").json();
        assertThat(offered.findValuesAsText("id")).containsSubsequence(fakes, chats); // the API's order: defamation first
        assertThat(offered.get(offered.findValuesAsText("id").indexOf(chats)).path("under").asText())
                .isEqualTo("CYBERBULLYING");

        String id = cases.logCase(STAFF_A, under("CYBERBULLYING", chats));
        JsonNode c = cases.awaitVersion(DSL_A, id, 0);
        assertThat(c.path("category").asText()).as("reports count the built-in").isEqualTo("CYBERBULLYING");
        assertThat(c.path("trustCategory").path("id").asText()).isEqualTo(chats);
        assertThat(c.path("trustCategory").path("name").asText()).isEqualTo("Year group chats");
        assertThat(api.get(STAFF_A, "/api/incidents/" + id).json().path("trustCategory").path("name").asText())
                .as("the reporter's status view").isEqualTo("Year group chats");
        JsonNode listed = api.get(DSL_A, "/api/incidents?category=CYBERBULLYING").json().path("items");
        assertThat(listed.findValues("trustCategory").stream().map(t -> t.path("name").asText()))
                .contains("Year group chats");
        assertThat(cases.awaitChronology(DSL_A, id, 1).get(0).path("summary").asText())
                .startsWith("Logged: cyberbullying (Year group chats) on ");

        api.post(ADMIN, CATEGORIES + "/rename", Map.of("categoryId", chats, "name", "Year group chat threads"));
        assertThat(api.get(DSL_A, "/api/incidents/" + id).json().path("trustCategory").path("name").asText())
                .isEqualTo("Year group chat threads");

        String base = "/api/incidents/" + id + "/category";
        JsonNode wrongBranch = assertProblem(api.post(DSL_A, base, Map.of("category", "DEFAMATION",
                "trustCategoryId", chats, "reason", "About a teacher")), 400);
        assertThat(fields(wrongBranch)).containsExactly("trustCategoryId");
        assertThat(wrongBranch.path("errors").get(0).path("detail").asText())
                .isEqualTo("is a kind of cyberbullying, not of defamation: choose it with cyberbullying, or choose "
                        + "another.");
        assertThat(api.post(DSL_A, base, Map.of("category", "DEFAMATION", "trustCategoryId", fakes,
                "reason", "It is a fake account of a teacher")).status()).isEqualTo(204);
        JsonNode changed = cases.awaitVersion(DSL_A, id, 2); // logged, its deadline set, changed
        assertThat(changed.path("category").asText()).isEqualTo("DEFAMATION");
        assertThat(changed.path("trustCategory").path("id").asText()).isEqualTo(fakes);
        assertThat(changed.path("asLogged").path("trustCategory").path("name").asText())
                .as("the report as first sent, by the name it had then").isEqualTo("Year group chats");
        assertThat(cases.awaitChronology(DSL_A, id, 2).get(1).path("summary").asText())
                .as("from: as the case recorded it").isEqualTo("From cyberbullying (Year group chats) to defamation (Fake staff "
                        + "accounts): It is a fake account of a teacher");
        assertThat(api.get(DSL_A, "/api/incidents/" + id + "/chronology").json().get(0).path("summary").asText())
                .as("history keeps the name it was written with").startsWith("Logged: cyberbullying (Year group chats)");
    }

    @Test
    void anotherCategorysAnotherTrustsOrARetiredCategoryIsRefusedOnTheFieldAndACaseKeepsItsOwn() {
        String chats = add("Class chats", "CYBERBULLYING", "trust-1");
        accounts.createTrust("trust-2", "Other Trust");
        accounts.createSetting(new Setting("setting-c", "trust-2", "Cedar School"));
        String theirs = add("Their own", "CYBERBULLYING", "trust-2");

        assertThat(fields(assertProblem(api.post(STAFF_A, "/api/incidents", under("DEFAMATION", chats)), 400)))
                .containsExactly("trustCategoryId");
        JsonNode foreign = assertProblem(api.post(STAFF_A, "/api/incidents", under("CYBERBULLYING", theirs)), 400);
        assertThat(foreign.path("errors").get(0).path("detail").asText())
                .isEqualTo("is not a category of the trust of this case.");
        assertThat(fields(assertProblem(api.post(STAFF_A, "/api/incidents", under("CYBERBULLYING", "no-such")), 400)))
                .containsExactly("trustCategoryId");
        assertThat(api.get(STAFF_A, "/api/categories").json().findValuesAsText("id")).doesNotContain(theirs);

        String id = cases.logCase(STAFF_A, under("CYBERBULLYING", chats));
        cases.awaitVersion(DSL_A, id, 0);
        api.post(ADMIN, CATEGORIES + "/retirement", Map.of("categoryId", chats, "retired", true));
        JsonNode retired = assertProblem(api.post(STAFF_A, "/api/incidents", under("CYBERBULLYING", chats)), 400);
        assertThat(retired.path("errors").get(0).path("detail").asText()).isEqualTo("is retired: choose another.");
        // the case keeps its own, retired since, while its other kinds change
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/category", Map.of("category", "CYBERBULLYING",
                "trustCategoryId", chats, "secondaryCategories", List.of("IMAGE_CONSENT_BREACH"),
                "reason", "A photo too")).status()).isEqualTo(204);
        JsonNode kept = cases.awaitVersion(DSL_A, id, 2);
        assertThat(kept.path("trustCategory").path("id").asText()).isEqualTo(chats);
        assertThat(kept.path("secondaryCategories").get(0).asText()).isEqualTo("IMAGE_CONSENT_BREACH");
        // and leaving it out takes the case's trust category away
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/category", Map.of("category", "CYBERBULLYING",
                "reason", "Not a group chat")).status()).isEqualTo(204);
        assertThat(cases.awaitVersion(DSL_A, id, 3).path("trustCategory").isNull()).isTrue();
    }

    @Test
    void theAdministrationPageAddsACategoryAndTheReportFormOffersItUnderItsOwn() {
        Browser admin = new Browser("http://localhost:" + port);
        assertThat(Browser.location(admin.signIn(ADMIN, PASSWORD))).isEqualTo("/");
        HttpResponse<String> refused = admin.submit("/admin/categories", "/admin/categories",
                Map.of("name", "", "trustId", "trust-1"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("There is a problem", "Name is required.", "Counted as is required.");
        HttpResponse<String> added = admin.submit("/admin/categories", "/admin/categories",
                Map.of("name", "Gaming chat", "under", "CYBERBULLYING", "trustId", "trust-1"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/categories").body()).contains("The category Gaming chat was added.",
                "Gaming chat", "Cyberbullying");

        Browser staff = new Browser("http://localhost:" + port);
        staff.signIn(STAFF_A, PASSWORD);
        String form = staff.get("/concerns/new").body();
        assertThat(form).contains("value=\"CYBERBULLYING/gaming-chat\"", "Gaming chat", "A kind of cyberbullying");
        assertThat(form.indexOf("value=\"CYBERBULLYING/gaming-chat\"")).as("under its own category")
                .isGreaterThan(form.indexOf("value=\"CYBERBULLYING\"")).isLessThan(form.indexOf("value=\"STAFF_MISUSE\""));
    }
}
