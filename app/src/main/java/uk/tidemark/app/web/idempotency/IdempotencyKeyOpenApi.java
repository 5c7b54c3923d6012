package uk.tidemark.app.web.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code Idempotency-Key} header in the API description, on every POST that honours it. */
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
                }
            });
        };
    }
}
