package uk.tidemark.app.web.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import uk.tidemark.app.web.problem.ProblemsInOpenApi;

/** The {@code Idempotency-Key} header in the API description, on every POST that honours it, and its answers. */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeyOpenApi {

    @Bean
    OpenApiCustomizer idempotencyKeyHeader() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (item.getPost() != null && IdempotencyKeyFilter.honoursKeyOn(path)) {
                    item.getPost().addParametersItem(new HeaderParameter().name(IdempotencyKeyHeader.NAME)
                            .required(false).schema(new StringSchema().maxLength(IdempotencyKeyHeader.MAX_LENGTH))
                            .description("A key of your own (a UUID) that makes this request safe to send again: a "
                                    + "repeat within 24 hours by you, with the same body, is answered what the first "
                                    + "was answered and does nothing more; the same key with another body is a 422, "
                                    + "and a repeat while the first still runs may be a 409."));
                    documentAnswers(item.getPost());
                }
            });
        };
    }

    /** What {@link IdempotencyKeyFilter} answers, as problem details (decision 0034). */
    private static void documentAnswers(Operation post) {
        ProblemsInOpenApi.answers(post, HttpStatus.BAD_REQUEST, "An Idempotency-Key that is not 1 to "
                + IdempotencyKeyHeader.MAX_LENGTH + " printable ASCII characters (errors[].field Idempotency-Key).");
        ProblemsInOpenApi.answers(post, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being "
                + "done, or did not finish: nothing more was done; Retry-After says when to send it again.")
                .addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().description("Seconds to wait.")
                        .schema(new IntegerSchema()));
        ProblemsInOpenApi.answers(post, HttpStatus.UNPROCESSABLE_ENTITY, "This Idempotency-Key was used for a "
                + "different request (another address or body): nothing was done.");
    }
}
