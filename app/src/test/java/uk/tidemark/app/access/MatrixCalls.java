package uk.tidemark.app.access;

import uk.tidemark.app.access.AccessMatrix.Row;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.TestAccounts;
import uk.tidemark.app.web.Browser;
import uk.tidemark.app.web.CaseEndpoints;
import uk.tidemark.app.web.CaseEndpoints.Endpoint;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.PASSWORD;

/**
 * One row of the {@link AccessMatrix} called as one role, and the answer told as the matrix words it ("allow",
 * "deny", "hidden", "auth", "login"), followed by the status for a failure's message. The API through the
 * {@link ApiClient}, the pages through a signed-in {@link Browser}; the values map holds every path variable.
 */
final class MatrixCalls {

    private final ApiClient api;
    private final int port;

    MatrixCalls(ApiClient api, int port) {
        this.api = api;
        this.port = port;
    }

    String callApi(String user, Row row, Map<String, String> values, Endpoint known) {
        Map<String, String> vars = new HashMap<>(values);
        if (row.path().startsWith(CaseEndpoints.DISCIPLINARY + "/")) {
            vars.put("id", values.get("disciplinary"));
        } else if (row.path().startsWith(CaseEndpoints.COMPLAINTS + "/")) {
            vars.put("id", values.get("complaint"));
        } else if (row.path().startsWith("/api/notifications/")) {
            vars.put("id", values.get("notificationId"));
        } else if (row.path().startsWith("/api/registers/official-accounts/")) {
            vars.put("id", values.get("officialAccount"));
        } else if (row.path().startsWith("/api/declarations/")) {
            vars.put("id", values.get("declaration"));
        } else if (row.path().startsWith("/api/low-level-concerns/")) {
            vars.put("id", values.get("lowLevelConcerns"));
        } else if (row.path().startsWith("/api/subject-access-requests/")) {
            vars.put("id", values.get("subjectAccess"));
        } else if (row.path().startsWith("/api/transfers/")) {
            vars.put("id", values.get("transfer"));
        }
        Endpoint endpoint = known != null ? known : new Endpoint(row.method(), row.path(), bodyOf(row));
        String path = endpoint.path(vars);
        Reply reply = switch (row.method()) {
            case "GET" -> api.get(user, path);
            case "POST" -> endpoint.body(vars) == null ? api.send(user, "POST", path, null, null, null)
                    : api.post(user, path, endpoint.body(vars));
            default -> api.send(user, row.method(), path, null, null, null);
        };
        return classify(reply.raw());
    }

    /** Bodies of the endpoints that are not a case's ({@link CaseEndpoints} has those); null for none. */
    private static Map<String, Object> bodyOf(Row row) {
        if (!row.method().equals("POST")) {
            return null;
        }
        return switch (row.path()) {
            case "/api/incidents" -> caseBody();
            case "/api/disciplinary-cases" -> Map.of("employeeName", "Sam Teacher", "teacher", true,
                    "concernsHarmToChildren", false, "allegation", "Posted about a colleague");
            case "/api/complaints" -> Map.of("channel", "EMAIL", "complainant", "A parent", "summary", "A post");
            // the image consent register (issue 18): a person not on the roster (400 for its keepers)
            case "/api/registers/image-consent" -> Map.of("personId", "not-on-the-roster", "allowed", "NONE",
                    "source", "OTHER");
            case "/api/registers/image-consent/{consentId}/change" -> Map.of("allowed", "FIRST_NAME_ONLY",
                    "source", "PARENT_REQUEST");
            case "/api/registers/image-consent/{consentId}/review" -> Map.of();
            case "/api/registers/image-consent/{consentId}/end" -> Map.of("reason", "Left the school");
            default -> officialAccountBodyOf(row.path());
        };
    }

    private static final String ONE_ACCOUNT = "/api/registers/official-accounts/{id}";

    /** Bodies of the official accounts register (issue 18); null for none. */
    private static Map<String, Object> officialAccountBodyOf(String path) {
        return switch (path) {
            case "/api/registers/official-accounts" -> Map.of("platform", "INSTAGRAM", "handle", "@matrix",
                    "address", "https://instagram.com/matrix", "purpose", "News", "audience", "Parents",
                    "leadUsername", TestAccounts.STAFF_A);
            case ONE_ACCOUNT + "/approval" -> Map.of();
            case ONE_ACCOUNT + "/refusal", ONE_ACCOUNT + "/people/{personId}/removal", ONE_ACCOUNT + "/close" -> Map.of("reason", "r");
            case ONE_ACCOUNT + "/people" -> Map.of("name", "Matrix Moderator", "role", "MODERATOR");
            case ONE_ACCOUNT + "/people/{personId}/dbs-check" -> Map.of("checkedOn", "2026-01-05");
            case ONE_ACCOUNT + "/lead" -> Map.of("username", TestAccounts.DEPUTY_A);
            case ONE_ACCOUNT + "/credentials-location" -> Map.of("credentialsKeptAt", "The office safe");
            case ONE_ACCOUNT + "/password-change" -> Map.of("changedOn", "2026-01-05");
            case ONE_ACCOUNT + "/review" -> Map.of("findings", "Still needed");
            case ONE_ACCOUNT + "/incidents" -> Map.of("incident", "{incident}");
            // issue 18's policies: bodies that pass validation, so each role meets the access rules
            case "/api/policies" -> Map.of("title", "A policy", "text", "Read this.", "effectiveFrom", "2026-09-01",
                    "roles", List.of("STAFF"));
            case "/api/policies/{policyId}/versions" -> Map.of("title", "A policy", "text", "Read this again.",
                    "effectiveFrom", "2026-09-01");
            case "/api/policies/{policyId}/asks" -> Map.of();
            case "/api/policies/{policyId}/acknowledgement" -> Map.of("version", 1);
            case "/api/policies/{policyId}/withdrawal", "/api/policies/training/{trainingId}/removal" ->
                    Map.of("reason", "Entered in error");
            case "/api/policies/training" -> Map.of("course", "Prevent", "completedOn", "2026-01-05");
            case "/api/declarations" -> Map.of("kind", "APPROVAL", "approvalKind", "WORK_ACCOUNT",
                    "details", "A class blog");
            case "/api/declarations/{id}/note" -> Map.of("note", "Talked it through.");
            case "/api/declarations/{id}/decision" -> Map.of("approved", true, "reasons", "Fine.");
            case "/api/declarations/{id}/incident" -> Map.of();
            case "/api/low-level-concerns/{id}/review" -> Map.of("outcome", "NO_FURTHER_ACTION", "notes", "None due.");
            // issue 19: the pupil of the incident; on the released request every action is a 409 (allow)
            case "/api/subject-access-requests" -> Map.of("personId", "{personId}", "receivedOn", "2026-10-05",
                    "requester", "A parent");
            case "/api/subject-access-requests/{id}/redactions" -> Map.of("entryKey", "x");
            case "/api/subject-access-requests/{id}/extension" -> Map.of("reason", "Complex");
            case "/api/subject-access-requests/{id}/refusal" -> Map.of("ground", "THIRD_PARTY", "reasons", "r");
            case "/api/subject-access-requests/{id}/review", "/api/subject-access-requests/{id}/release" -> Map.of();
            // issue 20: no start date, so a transfer is refused field by field (allow) and nothing moves; the
            // outside school's transfer is delivered by the first lead (204), then 409 (allow)
            case "/api/people/{personId}/transfers" -> Map.of("toSchool", "Matrix School");
            case "/api/transfers/{id}/delivery" -> Map.of("how", "Secure email", "deliveredOn", "2026-01-05");
            case "/api/transfers/{id}/receipt" -> Map.of();
            default -> null;
        };
    }

    /** A browser of its own for a role's pages, signed in (anonymous when user is null). */
    Browser signedIn(String user) {
        Browser browser = new Browser("http://localhost:" + port);
        if (user != null) {
            assertThat(Browser.location(browser.signIn(user, PASSWORD))).as("%s signs in", user).isEqualTo("/");
        }
        return browser;
    }

    /**
     * A page: GET it, or POST its form empty (with the session's CSRF token), which is enough to tell whether the
     * role gets past the checks (an empty form is refused with its fields' problems, "allow"; a case the role may
     * not see is a 404; a role with no business there a 403 or the sign-in page).
     */
    static String callPage(Browser browser, Row row, Map<String, String> values, boolean anonymous) {
        String path = pagePath(row.path(), values);
        HttpResponse<String> response = switch (row.key()) {
            case "POST /login/second-factor" -> browser.post(row.path(), Map.of("code", "123456"),
                    browser.csrfOf("/login"));
            default -> row.method().equals("GET") ? browser.get(path)
                    : browser.post(path, Map.of(), browser.csrfOf(anonymous ? "/login" : "/"));
        };
        return classify(response);
    }

    /** The page's path with its variables: {id} is the case of the kind the page is about. */
    static String pagePath(String pattern, Map<String, String> values) {
        Map<String, String> vars = new HashMap<>(values);
        if (pattern.startsWith("/hr/")) {
            vars.put("id", values.get("disciplinary"));
        } else if (pattern.startsWith("/complaints/")) {
            vars.put("id", values.get("complaint"));
        } else if (pattern.startsWith("/notifications/")) {
            vars.put("id", values.get("notificationId"));
        } else if (pattern.startsWith("/registers/official-accounts/")) {
            vars.put("id", values.get("officialAccount"));
        } else if (pattern.startsWith("/declarations/")) {
            vars.put("id", values.get("declaration"));
        } else if (pattern.startsWith("/low-level-concerns/")) {
            vars.put("id", values.get("lowLevelConcerns"));
        } else if (pattern.startsWith("/subject-access-requests/")) {
            vars.put("id", values.get("subjectAccess"));
        } else if (pattern.startsWith("/transfers/")) {
            vars.put("id", values.get("transfer"));
        } else {
            vars.put("id", values.get("incident"));
        }
        String path = pattern;
        for (Map.Entry<String, String> v : vars.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", String.valueOf(v.getValue()));
        }
        assertThat(path).as("every variable of %s has a value", pattern).doesNotContain("{");
        return path;
    }

    /** The outcome class of an answer, followed by the status for the failure message. */
    private static String classify(HttpResponse<String> r) {
        int s = r.statusCode();
        String outcome;
        if (s == 401) {
            outcome = "auth";
        } else if (s == 403) {
            outcome = "deny";
        } else if (s == 404) {
            outcome = "hidden";
        } else if (s == 302 && String.valueOf(Browser.location(r)).startsWith("/login")) {
            outcome = "login";
        } else if (s >= 200 && s < 300 || s >= 400 && s < 500) {
            outcome = "allow";
        } else {
            outcome = "unexpected";
        }
        return outcome + " (" + s + (s >= 300 && s < 400 ? " to " + Browser.location(r) : "") + ")";
    }
}
