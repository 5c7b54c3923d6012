package uk.tidemark.app.web.problem;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import uk.tidemark.app.refusal.FieldProblem;

/**
 * The errors of the API description (decision 0034): every operation lists the problem details it can answer, each
 * with the one {@value #PROBLEM} schema, so that a client generated from {@code /v3/api-docs} knows them. What an
 * operation can answer is read from what it is: its parameters as springdoc found them on the handler (a body, query
 * parameters, an id in the path, {@code If-Match}), the security chain's rules, and {@link ProblemAnswer} on the
 * handler for what only its own code knows. The {@code Idempotency-Key} filter documents its own answers where it
 * documents its header (web.idempotency). Only springdoc's customizer interfaces and swagger's models are used: both
 * are the same in springdoc 2 and 3.
 */
@Configuration(proxyBeanMethods = false)
public class ProblemsInOpenApi {

    public static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String BASIC = "basic";

    /**
     * Requests that the security chain lets every signed-in account make, before it has changed the password it was
     * given too (SecurityConfig's PasswordChangeFirst): no role rule covers them either.
     */
    private static final Set<String> OPEN_TO_EVERY_ACCOUNT = Set.of("GET /api/me", "POST /api/me/password");

    static final String UNAUTHORIZED = "Not signed in: no or wrong credentials, a locked account, a missing or wrong "
            + "second-factor code (X-Tidemark-Totp), or a session that has ended; the detail says which.";
    static final String FORBIDDEN_ROLE = "Your role does not allow this, or you must first change the password you "
            + "were given (POST /api/me/password).";
    static final String FORBIDDEN_WRITE = "A change signed in by the session cookie alone must send X-Tidemark-Client; "
            + "one that a browser says another site made is refused.";
    static final String THROTTLED = "Too many failed sign-ins from your network: refused for a while, whatever the "
            + "credentials; Retry-After says how many seconds.";
    static final String BAD_BODY = "The JSON body: a required field missing, a value out of its limits, an unknown "
            + "field, a wrong type or malformed JSON; errors[].field is the JSON path (people[0].name), or body.";
    static final String BAD_IF_MATCH = "An If-Match that is not a version of the case (errors[].field If-Match).";
    static final String NOT_JSON = "The body is not application/json.";
    static final String STALE_OR_REFUSED = "The case refuses this action in its current state (the detail is its "
            + "reason), or it has changed since the version sent in If-Match, or another change got in first: reload "
            + "and try again. Nothing was changed.";

    /**
     * The shared schemas, HTTP Basic as the sign-in of every operation, and the answers its parameters and the security
     * chain tell; first, so that these reasons read before the Idempotency-Key's.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    OpenApiCustomizer problemSchemas() {
        return api -> {
            Components components = api.getComponents() != null ? api.getComponents() : new Components();
            api.setComponents(components);
            components.addSchemas(PROBLEM, problem());
            components.addSchemas(FIELD_PROBLEM, fieldProblem());
            components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("Your username and password; keep the session cookie and send X-Tidemark-Client "
                            + "with each change that rides it (docs/api.md)."));
            api.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
            forEachOperation(api, ProblemsInOpenApi::documentFacts);
        };
    }

    /** What only the handler's code knows ({@link ProblemAnswer}). */
    @Bean
    OperationCustomizer problemAnswers() {
        return (operation, handler) -> {
            for (ProblemAnswer answer : handler.getMethod().getAnnotationsByType(ProblemAnswer.class)) {
                answers(operation, answer.status(), answer.when());
            }
            return operation;
        };
    }

    /**
     * Documents that the operation answers {@code status} with a problem detail, and when: the reason is added to the
     * response's description when the response is there already.
     */
    public static ApiResponse answers(Operation operation, HttpStatus status, String when) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        String code = Integer.toString(status.value());
        ApiResponse response = responses.get(code);
        if (response == null) {
            response = new ApiResponse().description(when).content(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref(PROBLEM))));
            responses.addApiResponse(code, response);
        } else if (response.getDescription() == null || !response.getDescription().contains(when)) {
            response.setDescription(response.getDescription() == null ? when : response.getDescription() + " " + when);
        }
        ApiResponses sorted = new ApiResponses();
        responses.keySet().stream().sorted().forEach(key -> sorted.addApiResponse(key, responses.get(key)));
        sorted.setExtensions(responses.getExtensions());
        operation.setResponses(sorted);
        return response;
    }

    private static void documentFacts(String path, PathItem.HttpMethod method, Operation operation) {
        String request = method.name() + " " + path;
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        // the security chain: every operation signs in, and the address limit applies to every sign-in
        answers(operation, HttpStatus.UNAUTHORIZED, UNAUTHORIZED)
                .addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, new Header().description("Basic realm=\"Tidemark\"")
                        .schema(new StringSchema()));
        if (!OPEN_TO_EVERY_ACCOUNT.contains(request)) {
            answers(operation, HttpStatus.FORBIDDEN, FORBIDDEN_ROLE);
        }
        if (write) {
            answers(operation, HttpStatus.FORBIDDEN, FORBIDDEN_WRITE);
        }
        answers(operation, HttpStatus.TOO_MANY_REQUESTS, THROTTLED)
                .addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().description("Seconds to wait.")
                        .schema(new IntegerSchema()));
        // the handler's parameters
        if (operation.getRequestBody() != null) {
            answers(operation, HttpStatus.BAD_REQUEST, BAD_BODY);
            answers(operation, HttpStatus.UNSUPPORTED_MEDIA_TYPE, NOT_JSON);
        }
        List<String> query = names(operation, p -> "query".equals(p.getIn()));
        if (!query.isEmpty()) {
            answers(operation, HttpStatus.BAD_REQUEST, "A query parameter (" + String.join(", ", query)
                    + ") out of its values; errors[].field names it.");
        }
        List<String> ids = names(operation, p -> "path".equals(p.getIn()));
        if (!ids.isEmpty()) {
            answers(operation, HttpStatus.NOT_FOUND, "Nothing with this " + String.join(" and ", ids) + " that you may "
                    + "see: an unknown id and one you may not see answer the same 404.");
        }
        if (!names(operation, p -> "header".equals(p.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()))
                .isEmpty()) {
            answers(operation, HttpStatus.BAD_REQUEST, BAD_IF_MATCH);
            answers(operation, HttpStatus.CONFLICT, STALE_OR_REFUSED);
        }
    }

    private static List<String> names(Operation operation, Predicate<Parameter> which) {
        return operation.getParameters() == null ? List.of()
                : operation.getParameters().stream().filter(which).map(Parameter::getName).toList();
    }

    private static void forEachOperation(OpenAPI api, OperationVisitor visitor) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                visitor.visit(path, entry.getKey(), entry.getValue());
            }
        });
    }

    private interface OperationVisitor {
        void visit(String path, PathItem.HttpMethod method, Operation operation);
    }

    /** RFC 9457's members, as Spring's ProblemDetail writes them, and the 400's {@code errors}. */
    @SuppressWarnings("rawtypes")
    private static Schema problem() {
        return new ObjectSchema()
                .description("An error, as an RFC 9457 problem detail (application/problem+json). Nothing was "
                        + "changed by a request answered with one, but for a 500.")
                .addProperty("type", new StringSchema().format("uri-reference")._default("about:blank")
                        .description("Always about:blank: the status says what kind of problem it is."))
                .addProperty("title", new StringSchema().description("The status in words, such as Bad Request."))
                .addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)).description("The HTTP status code."))
                .addProperty("detail", new StringSchema().description("What went wrong, in words for a person "
                        + "(for a refused action, the case's own reason); never a stack trace or an internal name."))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The path of the request, when known."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(FIELD_PROBLEM))
                        .description("On a 400 only: each offending part of the request and what is wrong with it."))
                .required(List.of("type", "title", "status", "detail"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema fieldProblem() {
        return new ObjectSchema()
                .description("One offending part of a request.")
                .addProperty("field", new StringSchema().description("The JSON path of a body field "
                        + "(people[0].name), a query or path parameter's name, a header's name (If-Match), or body "
                        + "when the body as a whole is missing or not JSON."))
                .addProperty("detail", new StringSchema().description("What is wrong with it, such as \"is "
                        + "required.\"."))
                .required(List.of("field", "detail"));
    }
}
