package uk.tidemark.app.web.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every line logged while a request is answered carries the request's id (MDC {@code requestId}: a field of its own
 * in the JSON logs, in brackets in the text ones), and the answer carries it in {@code X-Request-Id}, so that a
 * user's "it failed at 10:42" or a proxy's access log leads to the lines of that one request (decision 0033).
 *
 * <p>The id is the request's own {@code X-Request-Id} when a proxy or client sent one that is well-formed: 1 to 64
 * letters, digits, dots, underscores and hyphens, beginning with a letter or digit (a UUID, a proxy's hex id).
 * Anything else (too long, spaces, quotes, line breaks: text meant to forge or break log lines) is not used and not
 * logged; a random UUID is used instead. First of all filters, before Spring Security's, so that the lines of a
 * refused sign-in carry it too; and again on the error page's dispatch of the same request, with the same id.
 * Applies to the application's port only: the management port's requests (scrapes, probes) carry none.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The shape an incoming id must have to be used. */
    public static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    /** The id to use for a request that came with this header value (null: none). */
    static String idFor(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // an error or async dispatch of a request keeps the id its first pass chose
        String id = request.getAttribute(ATTRIBUTE) instanceof String chosen ? chosen : idFor(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        String outer = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
