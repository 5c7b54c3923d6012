package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.JSON;
import static uk.tidemark.app.fixture.ApiClient.PROBLEM_JSON;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The API description at {@code /v3/api-docs} (decision 0034): OpenAPI 3.1 that swagger's validator accepts, in which
 * every operation lists the problem details it can answer, each with the one {@code Problem} schema, and real error
 * answers are what it says: a status the operation documents, with a body that the schema accepts.
 */
@RunningApp
class ApiDescriptionTest {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    @Test
    void theDescriptionIsValidOpenApi31() throws IOException {
        String body = api.send(null, "GET", "/v3/api-docs", null, null, null).raw().body();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(body, null, null);
        assertThat(parsed.getMessages()).as("validation messages").isEmpty();
        assertThat(parsed.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1.");

        // the validator is not blind: a response without its (required) description is reported
        ObjectNode broken = (ObjectNode) JSON.readTree(body);
        ((ObjectNode) broken.at("/paths/~1api~1incidents~1{id}/get/responses/404")).remove("description");
        assertThat(new OpenAPIV3Parser().readContents(broken.toString(), null, null).getMessages())
                .anyMatch(m -> m.contains("description"));

        // and every reference leads somewhere
        JsonNode docs = JSON.readTree(body);
        for (String ref : docs.findValuesAsText("$ref")) {
            assertThat(docs.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void everyOperationSignsInAndSaysWhatTheSecurityChainAnswers() {
        JsonNode docs = description();
        assertThat(docs.at("/security/0").has("basic")).isTrue();
        assertThat(docs.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        Map<String, JsonNode> operations = operations(docs);
        assertThat(operations).hasSizeGreaterThan(70);
        operations.forEach((operation, spec) -> {
            assertThat(spec.has("security")).as("%s overrides the sign-in", operation).isFalse();
            JsonNode responses = spec.path("responses");
            assertThat(responses.has("401")).as("%s: 401", operation).isTrue();
            assertThat(responses.has("429")).as("%s: 429", operation).isTrue();
            assertThat(responses.at("/401/headers").has("WWW-Authenticate")).isTrue();
            assertThat(responses.at("/429/headers").has("Retry-After")).isTrue();
            // no role rule, no write, open before the password change: the one request that cannot be refused
            assertThat(responses.has("403")).as("%s: 403", operation).isEqualTo(!operation.equals("GET /api/me"));
        });
    }

    @Test
    void everyErrorIsTheOneProblemSchemaAndNothingElseIs() {
        JsonNode docs = description();
        operations(docs).forEach((operation, spec) -> spec.path("responses").fields().forEachRemaining(response -> {
            int status = Integer.parseInt(response.getKey());
            JsonNode content = response.getValue().path("content");
            if (status >= 400) {
                assertThat(names(content)).as("%s %s", operation, status).containsExactly(PROBLEM_JSON);
                assertThat(content.at("/" + PROBLEM_JSON.replace("/", "~1") + "/schema/$ref").asText())
                        .as("%s %s", operation, status).isEqualTo(PROBLEM_REF);
                assertThat(response.getValue().path("description").asText()).isNotBlank();
            } else {
                assertThat(content.toString()).as("%s %s", operation, status).doesNotContain(PROBLEM_REF);
            }
            // a stale If-Match is a 409, as a refused action is (docs/api.md): 412 and 428 are never answered
            assertThat(status).as(operation).isNotIn(412, 428);
        }));
        JsonNode problem = docs.at("/components/schemas/Problem");
        assertThat(names(problem.path("properties")))
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.at("/properties/errors/items/$ref").asText()).isEqualTo("#/components/schemas/FieldProblem");
        assertThat(names(docs.at("/components/schemas/FieldProblem/properties"))).containsExactly("field", "detail");
    }

    @Test
    void eachOperationListsWhatItsHandlerCanAnswer() {
        Map<String, JsonNode> operations = operations(description());
        // a body, an id in the path, If-Match and Idempotency-Key
        assertThat(errors(operations, "POST /api/incidents/{id}/notes"))
                .containsExactly("400", "401", "403", "404", "409", "415", "422", "429");
        // an id in the path only
        assertThat(errors(operations, "GET /api/incidents/{id}")).containsExactly("400", "401", "403", "404", "429");
        assertThat(errors(operations, "DELETE /api/admin/users/{username}/second-factor"))
                .containsExactly("401", "403", "404", "429");
        // query parameters only
        assertThat(errors(operations, "GET /api/incidents")).containsExactly("400", "401", "403", "429");
        // nothing of its own
        assertThat(errors(operations, "GET /api/hr-register")).containsExactly("401", "403", "429");
        assertThat(errors(operations, "GET /api/me")).containsExactly("401", "429");
        // a create: its 409 is the Idempotency-Key's only
        assertThat(errors(operations, "POST /api/incidents")).containsExactly("400", "401", "403", "409", "415", "422",
                "429");
        assertThat(description(operations, "POST /api/incidents", "409")).contains("Idempotency-Key")
                .doesNotContain("If-Match");
        for (String action : List.of("POST /api/incidents/{id}/close", "POST /api/disciplinary-cases/{id}/outcome",
                "POST /api/complaints/{id}/withdrawal")) {
            assertThat(description(operations, action, "409")).as(action).contains("If-Match", "refuses");
            assertThat(description(operations, action, "400")).as(action).contains("If-Match", "JSON body");
        }
        // what only the handler's code knows (@ProblemAnswer); the accounts take no Idempotency-Key, so no 422
        assertThat(errors(operations, "POST /api/admin/settings/rename")).contains("404");
        assertThat(errors(operations, "POST /api/admin/users/{username}/enabled"))
                .containsExactly("400", "401", "403", "404", "409", "415", "429");
        assertThat(description(operations, "POST /api/admin/users/{username}/enabled", "409")).contains("your own");
        assertThat(description(operations, "POST /api/me/password", "409")).contains("identity provider");
        assertThat(description(operations, "POST /api/role-grants/{grantId}/confirm", "409")).contains("meanwhile");
        assertThat(description(operations, "GET /api/audit", "400")).contains("caseId", "page", "size");
        // evidence: a hash as JSON, or the file itself as multipart, with the upload's own refusals
        JsonNode evidence = operations.get("POST /api/incidents/{id}/evidence").path("requestBody").path("content");
        assertThat(evidence.has("application/json")).as("%s", evidence).isTrue();
        assertThat(evidence.path("multipart/form-data").path("schema").toString()).contains("EvidenceFileUpload");
        assertThat(errors(operations, "POST /api/incidents/{id}/evidence")).contains("413", "415");
        assertThat(description(operations, "POST /api/incidents/{id}/evidence", "413")).contains("20 MB");
    }

    @Test
    void theSuccessesAreTheStatusesReallyAnswered() {
        Map<String, JsonNode> operations = operations(description());
        for (String create : List.of("POST /api/incidents", "POST /api/disciplinary-cases", "POST /api/complaints",
                "POST /api/admin/users", "POST /api/admin/settings")) {
            assertThat(successes(operations, create)).as(create).containsExactly("201");
        }
        assertThat(successes(operations, "POST /api/me/password")).containsExactly("204");
    }

    @Test
    void realErrorAnswersAreWhatTheDescriptionSays() {
        JsonNode docs = description();
        Schema problem = problemSchema(docs);
        // the schema validator is not blind either
        assertThat(problem.validate(JSON.createObjectNode().put("status", "400"))).isNotEmpty();

        String caseId = cases.logCase(DSL_A, caseBody());
        cases.awaitVersion(DSL_A, caseId, 0);
        String notes = "/api/incidents/" + caseId + "/notes";
        List<Answered> answers = new ArrayList<>();
        answers.add(new Answered("POST /api/incidents", api.post(DSL_A, "/api/incidents", "{\"summary\": \"\"}")));
        answers.add(new Answered("POST /api/incidents", api.post(DSL_A, "/api/incidents", "{\"people\": \"someone\"}")));
        answers.add(new Answered("POST /api/incidents/{id}/notes", api.post(DSL_A, notes, Map.of("text", "t"), "seven")));
        answers.add(new Answered("GET /api/incidents", api.get(DSL_A, "/api/incidents?size=500&status=open")));
        answers.add(new Answered("GET /api/incidents", api.get(null, "/api/incidents")));
        answers.add(new Answered("GET /api/incidents", api.get(TRUSTEE, "/api/incidents")));
        answers.add(new Answered("GET /api/incidents/{id}", api.get(DSL_A, "/api/incidents/" + UUID.randomUUID())));
        answers.add(new Answered("POST /api/admin/settings/rename", api.post(ADMIN, "/api/admin/settings/rename",
                Map.of("settingId", "no-such-setting", "name", "Oak School"))));
        answers.add(new Answered("POST /api/incidents/{id}/notes", api.post(DSL_A, notes, Map.of("text", "t"), "\"99\"")));
        answers.add(new Answered("POST /api/incidents/{id}/reopen",
                api.post(DSL_A, "/api/incidents/" + caseId + "/reopen", Map.of("reason", "r"))));
        answers.add(new Answered("POST /api/admin/users/{username}/enabled",
                api.post(ADMIN, "/api/admin/users/" + ADMIN + "/enabled", Map.of("enabled", false))));
        answers.add(new Answered("POST /api/incidents/{id}/notes",
                api.send(DSL_A, "POST", notes, "text: t", null, "text/plain")));
        String key = "\"" + UUID.randomUUID() + "\"";
        assertThat(withKey(notes, key, "{\"text\": \"first\"}").status()).isEqualTo(201);
        answers.add(new Answered("POST /api/incidents/{id}/notes", withKey(notes, key, "{\"text\": \"second\"}")));

        Map<String, JsonNode> operations = operations(docs);
        Set<Integer> seen = new TreeSet<>();
        for (Answered answered : answers) {
            Reply reply = answered.reply();
            seen.add(reply.status());
            assertThat(errors(operations, answered.operation())).as("%s answered %s", answered.operation(), reply)
                    .contains(Integer.toString(reply.status()));
            assertThat(reply.contentType()).as("%s", reply).startsWith(PROBLEM_JSON);
            assertThat(problem.validate(reply.json())).as("%s", reply).isEmpty();
            assertThat(reply.json().path("status").asInt()).isEqualTo(reply.status());
            assertThat(reply.json().has("errors")).as("%s", reply).isEqualTo(reply.status() == 400);
        }
        assertThat(seen).containsExactly(400, 401, 403, 404, 409, 415, 422);
    }

    // ---- reading the description ----

    private record Answered(String operation, Reply reply) {
    }

    private JsonNode description() {
        Reply docs = api.send(null, "GET", "/v3/api-docs", null, null, null);
        assertThat(docs.status()).isEqualTo(200);
        return docs.json();
    }

    /** Every operation by {@code "METHOD /path"}. */
    private static Map<String, JsonNode> operations(JsonNode docs) {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        docs.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }

    /** The error statuses an operation documents, in order. */
    private static List<String> errors(Map<String, JsonNode> operations, String operation) {
        assertThat(operations).as("operations").containsKey(operation);
        return names(operations.get(operation).path("responses")).stream().filter(code -> code.compareTo("400") >= 0)
                .sorted().toList();
    }

    private static List<String> successes(Map<String, JsonNode> operations, String operation) {
        return names(operations.get(operation).path("responses")).stream().filter(code -> code.startsWith("2")).toList();
    }

    private static String description(Map<String, JsonNode> operations, String operation, String status) {
        return operations.get(operation).at("/responses/" + status + "/description").asText();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The description's Problem schema, as JSON Schema 2020-12 (the dialect of OpenAPI 3.1's schemas). */
    private static Schema problemSchema(JsonNode docs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", PROBLEM_REF);
        root.putObject("components").set("schemas", docs.at("/components/schemas"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    }

    private Reply withKey(String path, String key, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((DSL_A + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
