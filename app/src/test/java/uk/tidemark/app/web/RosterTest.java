package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.Multipart;
import uk.tidemark.app.fixture.RunningApp;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * A setting's roster, imported from its MIS's CSV export (issue 15): re-importing the same file changes nothing,
 * people no longer in it are marked as left, never deleted; staff pick a pupil from it when reporting, and two
 * reports naming that pupil are one person's chronology.
 */
@RunningApp
class RosterTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    /** Names no other test uses, so that searches find only this test's people. */
    private final String tag = new java.util.Random().ints(6, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    private ApiClient.Reply importCsv(String settingId, String csv, String role) {
        Multipart parts = new Multipart().file("file", "export.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        if (role != null) {
            parts.field("role", role);
        }
        return api.upload(ADMIN, "/api/admin/settings/" + settingId + "/roster", parts, null);
    }

    private JsonNode imported(String settingId, String csv, String role) {
        ApiClient.Reply reply = importCsv(settingId, csv, role);
        assertThat(reply.status()).as("import: %s", reply).isEqualTo(200);
        return reply.json();
    }

    private JsonNode roster(String user, String q) {
        ApiClient.Reply reply = api.get(user, "/api/roster?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    @Test
    void theSameFileAgainChangesNothingAndThoseNoLongerInItAreMarkedAsLeft() {
        String csv = "UPN,Legal forename,Preferred forename,Surname,Role,Year,Reg group\n"
                + "B" + tag + "1,Zoë,Zo,Morgan" + tag + ",Pupil,7,7B\n"
                + "B" + tag + "2,Carys,,Evans" + tag + ",Pupil,8,8R\n"
                + "S" + tag + "3,Tom,,Reid" + tag + ",Staff,,\n";
        JsonNode first = imported(SETTING_B, csv, null);
        assertThat(first.path("joined").asInt()).isEqualTo(3);
        long events = cases.storedEventCount();
        JsonNode again = imported(SETTING_B, csv, null);
        assertThat(List.of(again.path("joined").asInt(), again.path("changed").asInt(), again.path("left").asInt(),
                again.path("unchanged").asInt())).containsExactly(0, 0, 0, 3);
        assertThat(cases.storedEventCount()).as("nothing recorded").isEqualTo(events);

        // a pupils-only file without Carys, Zo now in 8B: Carys leaves, the staff stay
        String pupils = "UPN,Forename,Surname,Year,Class\nB" + tag + "1,Zo,Morgan" + tag + ",8,8B\n";
        JsonNode changed = imported(SETTING_B, pupils, "PUPIL");
        assertThat(List.of(changed.path("joined").asInt(), changed.path("changed").asInt(),
                changed.path("left").asInt())).containsExactly(0, 1, 1);
        assertThat(changed.path("roster").path("staff").asInt()).isGreaterThanOrEqualTo(1);

        JsonNode found = cases.awaitGet(DSL_B, "/api/people?q=" + tag, r -> r.status() == 200
                && r.json().findValuesAsText("group").contains("Year 8, 8B"), "the roster's change");
        assertThat(found.findValuesAsText("name")).contains("Zo Morgan" + tag, "Carys Evans" + tag, "Tom Reid" + tag);
        JsonNode carys = find(found, "Carys Evans" + tag);
        assertThat(carys.path("left").asBoolean()).as("kept, marked as left").isTrue();
        assertThat(carys.path("cases").asInt()).isZero();
        // a leaver is not offered to someone reporting; the setting's other lead sees none of it
        assertThat(roster(DSL_B, "Evans" + tag)).isEmpty();
        assertThat(roster(DSL_A, "Morgan" + tag)).isEmpty();
    }

    @Test
    void aFileWithBadLinesIsRefusedLineByLineAndChangesNothing() {
        long events = cases.storedEventCount();
        JsonNode problem = assertProblem(importCsv(SETTING_B, "UPN,Name,Role\nX1,Ann Other,Pupil\n,No Id,Pupil\n"
                + "X1,Again,Pupil\nX3,Someone,Caretaker\n", null), 400);
        assertThat(problem.path("errors").findValuesAsText("detail")).containsExactly(
                "Line 3: the MIS id is missing.", "Line 4: the MIS id X1 is also on line 2.",
                "Line 5: the role \"Caretaker\" is not pupil or staff.");
        assertThat(assertProblem(importCsv(SETTING_B, "Name\nAnn\n", null), 400).path("errors")
                .findValuesAsText("field")).containsExactly("file", "role");
        assertThat(assertProblem(importCsv(SETTING_B, "UPN,Name\n", "PUPIL"), 400).toString())
                .contains("lists nobody");
        assertThat(cases.storedEventCount()).isEqualTo(events);
        // only an administrator imports; an administrator of another trust would get the unknown setting's 404
        assertProblem(api.upload(DSL_B, "/api/admin/settings/" + SETTING_B + "/roster", new Multipart()
                .file("file", "x.csv", "text/csv", "UPN,Name,Role\nX9,A B,Pupil\n".getBytes(StandardCharsets.UTF_8)),
                null), 403);
        assertProblem(api.get(ADMIN, "/api/admin/settings/no-such-setting/roster"), 404);
    }

    @Test
    void anOlderExportInWindows1252WithSemicolonsIsReadToo() {
        String csv = "Admission number;Forename;Surname;Type\r\nW" + tag + ";Siân;Ŵyn" + tag + ";Student\r\n";
        byte[] bytes = csv.replace("Ŵ", "W").getBytes(Charset.forName("windows-1252"));
        ApiClient.Reply reply = api.upload(ADMIN, "/api/admin/settings/" + SETTING_B + "/roster", new Multipart()
                .file("file", "old.csv", "text/csv", bytes).field("role", "PUPIL"), null);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode imported = reply.json();
        assertThat(imported.path("joined").asInt()).isEqualTo(1);
        JsonNode found = cases.awaitGet(DSL_B, "/api/roster?q=sian", r -> r.status() == 200
                && r.json().findValuesAsText("name").contains("Siân Wyn" + tag), "Siân on the roster");
        assertThat(found.findValuesAsText("role")).contains("PUPIL");
    }

    @Test
    void twoReportsNamingOnePupilPickedFromTheRosterShowOneChronologyWithBothCases() {
        imported(SETTING_A, "UPN,Forename,Surname,Role,Year,Class\n"
                + "A" + tag + "1,Bronwen,Hughes" + tag + ",Pupil,9,9H\n"
                + "A" + tag + "2,Bryn,Hughes" + tag + ",Pupil,7,7C\n"
                + "T" + tag + "1,Rhys,Tutor" + tag + ",Staff,,\n", null);
        // the reporter finds the pupil by part of the name: names and class only, nothing of any case
        JsonNode found = cases.awaitGet(STAFF_A, "/api/roster?q=bronwen%20hughes", r -> r.status() == 200
                && r.json().size() == 1, "Bronwen on the roster");
        JsonNode bronwen = found.get(0);
        assertThat(bronwen.path("group").asText()).isEqualTo("Year 9, 9H");
        assertThat(iterable(bronwen.fieldNames())).containsExactlyInAnyOrder("personId", "name", "role", "group",
                "settingId");
        String pupil = bronwen.path("personId").asText();

        // a reporter (who sees no case) and the DSL name her by id: name and role come from the roster
        Map<String, Object> first = caseBody();
        first.put("people", List.of(Map.of("personId", pupil, "involvement", "TARGET")));
        String one = cases.logCase(STAFF_A, first);
        Map<String, Object> second = caseBody();
        second.put("category", "OFFENSIVE_CONTENT");
        second.put("people", List.of(Map.of("personId", pupil, "involvement", "SUBJECT")));
        String two = cases.logCase(DSL_A, second);
        JsonNode chronology = cases.awaitGet(DSL_A, "/api/people/" + pupil + "/chronology",
                r -> r.status() == 200 && r.json().path("cases").size() == 2, "one chronology with both cases");
        assertThat(chronology.path("name").asText()).isEqualTo("Bronwen Hughes" + tag);
        assertThat(chronology.path("cases").findValuesAsText("incidentId")).containsExactlyInAnyOrder(one, two);
        assertThat(chronology.path("cases").findValuesAsText("role")).containsOnly("PUPIL");

        // the people search: her two cases; her brother on the roster, with none
        JsonNode people = api.get(DSL_A, "/api/people?q=hughes" + tag).json();
        assertThat(people.findValuesAsText("name")).containsExactly("Bronwen Hughes" + tag, "Bryn Hughes" + tag);
        assertThat(people.get(0).path("cases").asInt()).isEqualTo(2);
        assertThat(people.get(1).path("cases").asInt()).isZero();
        assertThat(people.get(1).path("group").asText()).isEqualTo("Year 7, 7C");
        // another setting's roster person cannot be named
        Map<String, Object> elsewhere = caseBody();
        elsewhere.put("people", List.of(Map.of("personId", pupil, "involvement", "TARGET")));
        assertThat(assertProblem(api.post(DSL_B, "/api/incidents", elsewhere), 400).toString())
                .contains("people[0].personId");
        // a new person still needs a name and a role
        elsewhere.put("people", List.of(Map.of("involvement", "TARGET")));
        assertThat(assertProblem(api.post(DSL_A, "/api/incidents", elsewhere), 400).path("errors")
                .findValuesAsText("field")).containsExactly("people[0].name", "people[0].role");
    }

    @Test
    void aNameTypedOnAnOldReportIsMergedIntoThePupilOnTheRoster() {
        imported(SETTING_A, "UPN,Name,Role,Class\nM" + tag + ",Owain Price" + tag + ",Pupil,10P\n", null);
        String owain = cases.awaitGet(DSL_A, "/api/roster?q=owain%20price" + tag, r -> r.status() == 200
                && r.json().size() == 1, "Owain on the roster").get(0).path("personId").asText();
        Map<String, Object> typed = caseBody();
        typed.put("people", List.of(Map.of("name", "Owen Price" + tag, "role", "PUPIL", "involvement", "TARGET")));
        JsonNode old = cases.logAndAwait(typed);
        String typedId = old.path("people").path(0).path("personId").asText();
        assertThat(api.post(DSL_A, "/api/people/" + typedId + "/merge", Map.of("intoPersonId", owain,
                "reason", "The same pupil: the name was misspelt on the report")).status()).isEqualTo(204);
        JsonNode chronology = cases.awaitGet(DSL_A, "/api/people/" + typedId + "/chronology",
                r -> r.status() == 200 && r.json().path("personId").asText().equals(owain), "the merged record");
        assertThat(chronology.path("name").asText()).isEqualTo("Owain Price" + tag);
        assertThat(chronology.path("cases").findValuesAsText("incidentId"))
                .containsExactly(old.path("id").asText());
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode node : list) {
            if (node.path("name").asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError(name + " not in " + list);
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> all = new java.util.ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }
}
