package uk.tidemark.app.web.audit;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.AuditRequests;

/**
 * The backstop of the read audit: just before the body of a {@link CaseDataRead} method is written, checks that
 * the request recorded its read, and otherwise fails it (500, no data). An error answer (a problem detail) comes
 * from an exception handler, not from the marked method, and passes.
 */
@RestControllerAdvice
public class ReadAuditGuard implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.hasMethodAnnotation(CaseDataRead.class);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servlet
                && AuditRequests.marked(servlet.getServletRequest(), AuditRequests.READ_RECORDED)) {
            return body;
        }
        throw new IllegalStateException("a read of case data was not audited: " + returnType.getMethod());
    }
}
