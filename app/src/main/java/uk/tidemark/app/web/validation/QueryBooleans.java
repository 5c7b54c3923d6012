package uk.tidemark.app.web.validation;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;

/**
 * A boolean in a query string (or any other request parameter, header or path variable) is {@code true} or
 * {@code false}, and nothing else, everywhere. Spring's own conversion also takes {@code yes}, {@code on}, {@code 1}
 * and their opposites, so {@code ?unread=yes} was read as true while {@code ?unread=maybe} was a 400: one API, two
 * rules. A custom editor is the one thing Spring's binder asks before its lenient defaults, so it is registered for
 * every controller; anything else is a type mismatch, which the API answers with a 400 naming the parameter
 * ("must be true or false."). The pages' filters, which ignore a value they do not understand rather than refuse it,
 * read the same two words through {@link #isTrue}.
 */
@ControllerAdvice
public class QueryBooleans {

    @InitBinder
    void strictBooleans(WebDataBinder binder) {
        binder.registerCustomEditor(boolean.class, new TrueOrFalse(false));
        binder.registerCustomEditor(Boolean.class, new TrueOrFalse(true));
    }

    /** A page filter's flag: on for {@code true}; off for {@code false}, absent, or anything the rule refuses. */
    public static boolean isTrue(String text) {
        return text != null && "true".equals(text.strip());
    }

    /** {@code true} or {@code false}; for a {@code Boolean}, an empty value is absent. */
    static final class TrueOrFalse extends PropertyEditorSupport {
        private final boolean emptyIsAbsent;

        TrueOrFalse(boolean emptyIsAbsent) {
            this.emptyIsAbsent = emptyIsAbsent;
        }

        @Override
        public void setAsText(String text) {
            String word = text == null ? "" : text.strip();
            switch (word) {
                case "true" -> setValue(Boolean.TRUE);
                case "false" -> setValue(Boolean.FALSE);
                case "" -> {
                    if (!emptyIsAbsent) {
                        throw new IllegalArgumentException("not true or false");
                    }
                    setValue(null);
                }
                default -> throw new IllegalArgumentException("not true or false");
            }
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
