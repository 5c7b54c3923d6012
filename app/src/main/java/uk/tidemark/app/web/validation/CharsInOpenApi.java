package uk.tidemark.app.web.validation;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;

/**
 * Puts a {@link Chars} limit into the OpenAPI description as {@code maxLength} (and {@code minLength}), as springdoc
 * does for {@code @Size} by itself. JSON Schema counts a string's length in characters (code points), as
 * {@link Chars} does, so the description and the server agree.
 */
@Component
class CharsInOpenApi implements PropertyCustomizer {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || type == null || type.getCtxAnnotations() == null) {
            return property;
        }
        for (Annotation annotation : type.getCtxAnnotations()) {
            if (annotation instanceof Chars chars) {
                property.setMaxLength(chars.max());
                if (chars.min() > 0) {
                    property.setMinLength(chars.min());
                }
            }
        }
        return property;
    }
}
