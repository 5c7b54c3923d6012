package uk.tidemark.app.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RidesSessions;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.CaseEndpoints.Endpoint;
import uk.tidemark.app.web.CaseEndpoints;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Every endpoint of a case, of every type, tried by someone out of scope (the headteacher and the DSL of another
 * setting) and by a subject of the case (the headteacher of its own setting, named as the subject of the incident
 * the HR case and the complaint were opened from): each answers exactly as for an id that never existed, and
 * nothing is stored. Trustees and administrators reach no case endpoint at all. The endpoints come from Spring's
 * handler mappings, so a new one cannot be left out.
 */
@RunningApp
@RidesSessions
class CaseEndpointAccessTest {

    /** Headteacher of setting B: HR detail, complaints and incidents of B, none of A's. */
    static final String HEAD_B = "head-b";

    /** The ids of one incident about HEAD_A and the HR case and complaint opened from it (set once per class). */
    private static Map<String, Map<String, String>> ids;

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @BeforeEach
    void aCaseOfEachTypeAboutTheHeadOfA() {
        if (accounts.exists(HEAD_B)) {
            return;
        }
        accounts.createUser(HEAD_B, "Bee Head", encoder.encode(PASSWORD), EnumSet.of(Role.HEADTEACHER), "trust-1",
                false, Set.of(SETTING_B));
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", "STAFF_MISUSE");
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Hed Teach", "role", "STAFF", "involvement", "SUBJECT", "username", HEAD_A)));
        JsonNode fresh = cases.logAndAwait(body);
        String incident = fresh.path("id").asText();
        String person = fresh.path("people").get(1).path("personId").asText();
        String base = "/api/incidents/" + incident;
        assertThat(api.post(DSL_A, base + "/triage", Map.of("severity", "MEDIUM", "reason", "r")).status()).isEqualTo(204);
        String warning = created(api.post(DSL_A, base + "/warnings", Map.of("personId", person, "kind", "VERBAL",
                "channel", "MEETING", "text", "Please take it down")), "warningId");
        String referral = created(api.post(DSL_A, base + "/referrals", Map.of("agency", "LADO", "reason", "r")), "id");
        String hrCase = created(api.post(DSL_A, base + "/disciplinary-referral", Map.of("personId", person,
                "teacher", true, "concernsHarmToChildren", false, "allegation", "Posted about a colleague")), "id");
        String complaint = created(api.post(DSL_A, base + "/complaint-referral", Map.of("channel", "EMAIL",
                "complainant", "A parent", "summary", "About the post")), "id");
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase, r -> r.status() == 200, "the HR case");
        cases.awaitGet(DSL_A, "/api/complaints/" + complaint, r -> r.status() == 200, "the complaint");
        cases.awaitDeadline(DSL_A, complaint, "COMPLAINT_ACKNOWLEDGEMENT", "PENDING");
        ids = Map.of(
                CaseEndpoints.INCIDENTS, Map.of("id", incident, "personId", person, "warningId", warning,
                        "referralId", referral, "evidenceId", "e-1", "bundleId", "b-1"),
                CaseEndpoints.DISCIPLINARY, Map.of("id", hrCase),
                CaseEndpoints.COMPLAINTS, Map.of("id", complaint));
    }

    @Test
    void everyEndpointOfACaseIsTriedByTheseTests() {
        Set<String> listed = CaseEndpoints.all().stream().map(Endpoint::key).collect(Collectors.toSet());
        assertThat(listed).as("CaseEndpoints lists every mapped case endpoint; give a new one a body there")
                .isEqualTo(CaseEndpoints.mapped(mapping));
    }

    @Test
    void aSubjectAndAnOutsiderGetTheUnknownIdsAnswerOnEveryCaseEndpointAndNothingIsStored() {
        long events = cases.storedEventCount();
        int tried = 0;
        for (Endpoint endpoint : CaseEndpoints.all()) {
            Map<String, String> real = ids.get(endpoint.caseType());
            Map<String, String> unknown = new LinkedHashMap<>(real);
            unknown.put("id", UUID.randomUUID().toString());
            List<String> users = new ArrayList<>(List.of(HEAD_A /* the subject */, HEAD_B /* another setting */));
            if (!endpoint.caseType().equals(CaseEndpoints.DISCIPLINARY)) {
                users.add(DSL_B); // HR cases are no DSL's: 403, tested with the other roles below
            }
            for (String user : users) {
                JsonNode reference = assertProblem(call(user, endpoint, unknown), 404);
                long denials = deniedEntries(user, real.get("id"));
                Reply reply = call(user, endpoint, real);
                JsonNode problem = assertProblem(reply, 404);
                // the attempt on a real case is in the audit trail, though it answered as an unknown id does
                assertThat(deniedEntries(user, real.get("id"))).as("audited denial of %s as %s", endpoint.key(), user)
                        .isGreaterThan(denials);
                assertThat(problem.path("detail").asText()).as("%s as %s", endpoint.key(), user)
                        .isEqualTo(reference.path("detail").asText());
                assertThat(problem.path("title").asText()).isEqualTo(reference.path("title").asText());
                tried++;
            }
        }
        assertThat(tried).isGreaterThanOrEqualTo(3 * CaseEndpoints.all().size() - 15);
        assertThat(cases.storedEventCount()).as("events stored by refused attempts").isEqualTo(events);
    }

    private long deniedEntries(String user, String caseId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_audit_entry WHERE kind = 'ACCESS_DENIED' "
                + "AND actor = ? AND case_id = ?", Long.class, user, caseId);
        return count == null ? 0 : count;
    }

    @Test
    void theSubjectAndTheOutsiderListAndCountNoneOfTheseCases() {
        for (String user : List.of(HEAD_A, HEAD_B)) {
            for (String list : List.of("/api/incidents?size=100", "/api/disciplinary-cases", "/api/hr-register",
                    "/api/complaints", "/api/deadlines")) {
                Reply reply = api.get(user, list);
                assertThat(reply.status()).as("%s as %s", list, user).isEqualTo(200);
                for (Map<String, String> caseIds : ids.values()) {
                    assertThat(reply.raw().body()).as("%s as %s", list, user).doesNotContain(caseIds.get("id"));
                }
            }
        }
        // the people who may see them do
        assertThat(api.get(DSL_A, "/api/incidents?size=100").raw().body()).contains(incidentId());
        assertThat(api.get(HR, "/api/hr-register").raw().body()).contains(ids.get(CaseEndpoints.DISCIPLINARY).get("id"));
        assertThat(api.get(DSL_A, "/api/deadlines").raw().body()).contains(ids.get(CaseEndpoints.COMPLAINTS).get("id"));
    }

    @Test
    void trusteesAndAdministratorsReachNoCaseEndpoint() {
        long events = cases.storedEventCount();
        for (String user : List.of(TRUSTEE, ADMIN)) {
            for (Endpoint endpoint : CaseEndpoints.all()) {
                Reply reply = call(user, endpoint, ids.get(endpoint.caseType()));
                assertProblem(reply, 403);
                assertThat(reply.raw().body()).doesNotContain(ids.get(endpoint.caseType()).get("id"));
            }
            for (String list : List.of("/api/incidents", "/api/disciplinary-cases", "/api/hr-register",
                    "/api/complaints", "/api/deadlines")) {
                assertProblem(api.get(user, list), 403);
            }
            assertProblem(api.post(user, "/api/incidents", caseBody()), 403);
            assertProblem(api.post(user, "/api/complaints", Map.of("channel", "EMAIL", "complainant", "c",
                    "summary", "s")), 403);
            assertProblem(api.post(user, "/api/disciplinary-cases", Map.of("employeeName", "e", "teacher", false,
                    "concernsHarmToChildren", false, "allegation", "a")), 403);
        }
        assertThat(cases.storedEventCount()).isEqualTo(events);
    }

    private Reply call(String user, Endpoint endpoint, Map<String, String> values) {
        String path = endpoint.path(values);
        return switch (endpoint.method()) {
            case "GET" -> api.get(user, path);
            case "POST" -> api.post(user, path, endpoint.body(values));
            default -> api.send(user, endpoint.method(), path, json(endpoint.body(values)), null, "application/json");
        };
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String incidentId() {
        return ids.get(CaseEndpoints.INCIDENTS).get("id");
    }

    private static String created(Reply reply, String field) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path(field).asText();
    }
}
