package uk.tidemark.app.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RidesSessions;
import uk.tidemark.app.fixture.RunningApp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The scope rules of issue 4 besides conflict of interest: a DSL sees their own setting's cases, or every setting of
 * their trust when trust-wide, never another trust's; HR is trust-wide for HR cases and an ordinary reporter for
 * incidents; administrators manage the system and see no case. (Reporters' status-only view, the DSL's stage-only
 * view of an HR case and trustees' lack of case endpoints are in VisibilityTest, RoleViewsTest and
 * CaseEndpointAccessTest.)
 */
@RunningApp
@RidesSessions
class ScopeRulesTest {

    /** A DSL of the whole of trust-1. */
    static final String DSL_TRUST = "dsl-trust";
    /** The DSL of the one setting of trust-2. */
    static final String DSL_C = "dsl-c";
    static final String SETTING_C = "setting-c";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void aTrustWideDslAndAnotherTrust() {
        if (accounts.exists(DSL_C)) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        accounts.createUser(DSL_TRUST, "Trust Dee", hash, EnumSet.of(Role.DSL), "trust-1", true, Set.of());
        accounts.createTrust("trust-2", "Other Trust");
        accounts.createSetting(new Setting(SETTING_C, "trust-2", "Cedar School"));
        accounts.createUser(DSL_C, "Cee Dee", hash, EnumSet.of(Role.DSL), "trust-2", false, Set.of(SETTING_C));
    }

    @Test
    void aDslSeesTheirSettingOrWhenTrustWideEverySettingOfTheirTrustButNeverAnotherTrust() {
        String inA = cases.logAndAwait(caseBody()).path("id").asText();
        String inB = cases.logCase(DSL_B, caseBody());
        String inC = cases.logCase(DSL_C, caseBody());
        cases.awaitVersion(DSL_B, inB, 0);
        cases.awaitVersion(DSL_C, inC, 0);

        assertThat(listed(DSL_A)).contains(inA).doesNotContain(inB, inC);
        assertThat(listed(DSL_B)).contains(inB).doesNotContain(inA, inC);
        assertThat(listed(DSL_TRUST)).contains(inA, inB).doesNotContain(inC);
        assertThat(listed(DSL_C)).containsExactly(inC);
        assertThat(api.get(DSL_TRUST, "/api/incidents/" + inB).status()).isEqualTo(200);
        assertThat(api.post(DSL_TRUST, "/api/incidents/" + inB + "/notes", Map.of("text", "From the trust")).status())
                .isEqualTo(201);

        // another trust's case is as unknown as one that never existed, to the trust-wide DSL as to anyone
        long version = cases.storedVersion(inC);
        for (String user : List.of(DSL_TRUST, DSL_A)) {
            JsonNode unknown = assertProblem(api.get(user, "/api/incidents/" + UUID.randomUUID()), 404);
            assertThat(assertProblem(api.get(user, "/api/incidents/" + inC), 404).path("detail"))
                    .isEqualTo(unknown.path("detail"));
            assertProblem(api.post(user, "/api/incidents/" + inC + "/notes", Map.of("text", "t")), 404);
        }
        assertProblem(api.get(DSL_C, "/api/incidents/" + inA), 404);
        assertThat(cases.storedVersion(inC)).isEqualTo(version);

        // and so are its deadlines
        cases.awaitDeadline(DSL_TRUST, inB, "FIRST_RESPONSE", "PENDING");
        assertThat(api.get(DSL_TRUST, "/api/deadlines").raw().body()).contains(inA, inB).doesNotContain(inC);
        // a setting of another trust cannot be named when logging, nor filtered on to widen the list
        assertThat(api.post(DSL_TRUST, "/api/incidents", withSetting(SETTING_C)).status()).isEqualTo(400);
        assertThat(api.get(DSL_TRUST, "/api/incidents?settingId=" + SETTING_C).json().path("total").asLong()).isZero();
    }

    @Test
    void hrIsTrustWideForHrCasesAndOnlyAReporterOfIncidents() {
        String hrInA = opened(api.post(HR, "/api/disciplinary-cases", openBody(SETTING_A)));
        String hrInB = opened(api.post(HR, "/api/disciplinary-cases", openBody(SETTING_B)));
        assertThat(api.post(HR, "/api/disciplinary-cases", openBody(SETTING_C)).status()).isEqualTo(400);
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrInB, r -> r.status() == 200, "HR's case in B");
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrInA, r -> r.status() == 200, "HR's case in A");
        assertThat(api.get(HR, "/api/disciplinary-cases").raw().body()).contains(hrInA, hrInB);
        assertThat(api.get(HEAD_A, "/api/disciplinary-cases").raw().body()).contains(hrInA).doesNotContain(hrInB);

        // an incident someone else reported is not HR's to see; one HR reports is theirs, status only
        String incident = cases.logAndAwait(caseBody()).path("id").asText();
        assertProblem(api.get(HR, "/api/incidents/" + incident), 404);
        assertProblem(api.get(HR, "/api/incidents/" + incident + "/chronology"), 404);
        String reported = cases.logCase(HR, withSetting(SETTING_B));
        cases.awaitVersion(DSL_B, reported, 0);
        JsonNode mine = api.get(HR, "/api/incidents/" + reported).json();
        assertThat(mine.size()).as("%s", mine).isEqualTo(8); // id, reference, status, category, loggedAt, files,
        // trustCategory (null: none), summary (their own words)
        assertThat(listed(HR)).containsExactly(reported);
        assertProblem(api.post(HR, "/api/incidents/" + reported + "/reopen", Map.of("reason", "More")), 403);
    }

    @Test
    void administratorsManageTheSystemAndSeeNoCase() {
        String incident = cases.logAndAwait(caseBody()).path("id").asText();
        Reply projections = api.get(ADMIN, "/api/admin/projections");
        assertThat(projections.status()).isEqualTo(200);
        assertThat(projections.raw().body()).doesNotContain(incident);
        for (String path : List.of("/api/incidents", "/api/incidents/" + incident, "/api/deadlines",
                "/api/complaints", "/api/disciplinary-cases", "/api/hr-register")) {
            assertProblem(api.get(ADMIN, path), 403);
        }
        // and no case worker reaches the administration
        for (String user : List.of(DSL_TRUST, HR, HEAD_A, TRUSTEE, STAFF_A)) {
            assertProblem(api.get(user, "/api/admin/projections"), 403);
        }
    }

    private List<String> listed(String user) {
        List<String> ids = new ArrayList<>();
        api.get(user, "/api/incidents?size=100").json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static Map<String, Object> withSetting(String settingId) {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("settingId", settingId);
        return body;
    }

    private static Map<String, Object> openBody(String settingId) {
        return Map.of("settingId", settingId, "employeeName", "Casey Clerk", "teacher", false,
                "concernsHarmToChildren", false, "allegation", "Posted about a colleague on a public page.");
    }

    private static String opened(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path("id").asText();
    }
}
