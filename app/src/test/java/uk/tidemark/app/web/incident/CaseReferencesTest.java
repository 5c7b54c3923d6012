package uk.tidemark.app.web.incident;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Every case has a reference people can say, and a case is found by it, by a pupil's name or by words of its
 * summary, among the cases the user may see (decision 0038): through the API, the dashboard and the case page.
 */
@RunningApp
class CaseReferencesTest {

    /** Alder School's and Birch School's codes, made from their names; the year is this one in London. */
    private static final String YEAR = String.format("%02d", LocalDate.now(ZoneId.of("Europe/London")).getYear() % 100);
    private static final Pattern REFERENCE = Pattern.compile("(AS|BS)-" + YEAR + "-\\d{4}");

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    @Test
    void everyCaseHasAReferenceUniqueInItsTrustInTheApisAnswers() {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            references.add(cases.logAndAwait(caseBody()).path("reference").asText());
        }
        Map<String, Object> inB = caseBody();
        inB.put("settingId", SETTING_B);
        String idInB = cases.logCase(DSL_AB, inB);
        references.add(cases.awaitVersion(DSL_AB, idInB, 0).path("reference").asText());

        assertThat(references).allMatch(r -> REFERENCE.matcher(r).matches()).doesNotHaveDuplicates();
        assertThat(references.get(3)).startsWith("BS-");
        JsonNode list = api.get(DSL_AB, "/api/incidents?size=100").json();
        list.path("items").forEach(row -> assertThat(row.path("reference").asText()).matches(REFERENCE));
        // the reporter's status-only view carries it too: it is what they quote
        String reported = cases.logCase(STAFF_A, caseBody());
        String reference = cases.awaitVersion(DSL_A, reported, 0).path("reference").asText();
        assertThat(api.get(STAFF_A, "/api/incidents/" + reported).json().path("reference").asText())
                .isEqualTo(reference);
    }

    @Test
    void aCaseIsFoundByItsReferenceAndByAPupilsNameOnlyByThoseWhoMaySeeIt() {
        Map<String, Object> body = caseBody();
        body.put("summary", "A parody account posting photos of the school trip.");
        body.put("people", List.of(Map.of("name", "Zoë Ashworth-Kent", "role", "PUPIL", "involvement", "TARGET")));
        JsonNode found = cases.logAndAwait(body);
        String id = found.path("id").asText();
        String reference = found.path("reference").asText();

        assertThat(search(DSL_A, reference.toLowerCase())).containsExactly(id);
        assertThat(search(DSL_A, "zoe ashworth")).containsExactly(id);
        assertThat(search(DSL_A, "ASHWORTH-KENT")).containsExactly(id);
        assertThat(search(DSL_A, "parody trip")).containsExactly(id);
        assertThat(search(DSL_A, "zoe nobody")).isEmpty();
        // a lead of another setting, and a member of staff who did not report it, find nothing
        assertThat(search(DSL_B, reference)).isEmpty();
        assertThat(search(DSL_B, "Ashworth")).isEmpty();
        assertThat(search(STAFF_A, reference)).isEmpty();
        // a search too long to be a reference or a few words is refused, naming the field
        ApiClient.Reply tooLong = api.get(DSL_A, "/api/incidents?q=" + "a".repeat(201));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.raw().body()).contains("\"q\"");
    }

    @Test
    void theReferenceShowsOnTheDashboardTheCaseListAndTheCasePageAndTheSearchBoxFindsIt() {
        Map<String, Object> body = caseBody();
        body.put("people", List.of(Map.of("name", "Priya Nandakumar", "role", "PUPIL", "involvement", "TARGET")));
        JsonNode found = cases.logAndAwait(body);
        String id = found.path("id").asText();
        String reference = found.path("reference").asText();

        Browser dsl = new Browser("http://localhost:" + port);
        assertThat(dsl.signIn(DSL_A, PASSWORD).statusCode()).isEqualTo(302);
        String dashboard = dsl.get("/").body();
        assertThat(dashboard).contains("Find a case", reference, "/cases/" + id);
        String casePage = dsl.get("/cases/" + id).body();
        assertThat(casePage).contains("Case <strong class=\"tidemark-reference\">" + reference + "</strong> at",
                "<title>Case " + reference);
        // the dashboard's search box is a GET to the case list
        String results = dsl.get("/cases?q=" + URLEncoder.encode("nandakumar", StandardCharsets.UTF_8)).body();
        assertThat(results).contains(reference, "/cases/" + id, "1 case");
        assertThat(dsl.get("/cases?q=" + reference).body()).contains("/cases/" + id, "1 case");

        Browser other = new Browser("http://localhost:" + port);
        assertThat(other.signIn(DSL_B, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(other.get("/cases?q=" + reference).body()).doesNotContain(id).contains("No cases match");
    }

    @Test
    void hrCasesAndComplaintsHaveTheirOwnReferencesInTheSameCount() {
        ApiClient.Reply hr = api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A,
                "employeeName", "Casey Clerk", "teacher", false, "concernsHarmToChildren", false,
                "allegation", "Posted about a colleague on a public page."));
        assertThat(hr.status()).as(hr.toString()).isEqualTo(201);
        String hrId = hr.json().path("id").asText();
        String hrReference = cases.awaitGet(HR, "/api/disciplinary-cases/" + hrId, r -> r.status() == 200,
                "the HR case").path("reference").asText();
        ApiClient.Reply complaint = api.post(DSL_A, "/api/complaints", Map.of("channel", "LETTER",
                "complainant", "A Neighbour", "summary", "Parking at pick-up time"));
        assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);
        String complaintId = complaint.json().path("id").asText();
        String complaintReference = cases.awaitGet(DSL_A, "/api/complaints/" + complaintId,
                r -> r.status() == 200, "the complaint").path("reference").asText();
        String incidentReference = cases.logAndAwait(caseBody()).path("reference").asText();

        // one count per setting and year, whatever the type of case: a reference names one case in the trust
        assertThat(List.of(hrReference, complaintReference, incidentReference))
                .allMatch(r -> REFERENCE.matcher(r).matches()).doesNotHaveDuplicates();
        assertThat(api.get(HR, "/api/disciplinary-cases").json().findValuesAsText("reference"))
                .contains(hrReference);
        assertThat(api.get(DSL_A, "/api/complaints").json().findValuesAsText("reference"))
                .contains(complaintReference);

        Browser hrOfficer = new Browser("http://localhost:" + port);
        assertThat(hrOfficer.signIn(HR, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(hrOfficer.get("/hr").body()).contains(hrReference);
        assertThat(hrOfficer.get("/hr/cases/" + hrId).body()).contains("Disciplinary case " + hrReference);
        Browser dsl = new Browser("http://localhost:" + port);
        assertThat(dsl.signIn(DSL_A, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(dsl.get("/complaints").body()).contains(complaintReference);
        assertThat(dsl.get("/complaints/" + complaintId).body()).contains("Complaint " + complaintReference);
    }

    @Test
    void theDeadlineBoardNamesEachCaseByItsReference() {
        JsonNode found = cases.logAndAwait(caseBody());
        String id = found.path("id").asText();
        String reference = found.path("reference").asText();
        JsonNode deadline = cases.awaitGet(DSL_A, "/api/deadlines?caseId=" + id,
                r -> r.status() == 200 && reference.equals(r.json().path(0).path("caseReference").asText()),
                "the first response deadline with the case's reference");
        assertThat(deadline.path(0).path("kind").asText()).isEqualTo("FIRST_RESPONSE");

        Browser dsl = new Browser("http://localhost:" + port);
        assertThat(dsl.signIn(DSL_A, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(dsl.get("/deadlines").body()).contains(reference, "Incident case");
    }

    private List<String> search(String user, String q) {
        ApiClient.Reply reply = api.get(user, "/api/incidents?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
