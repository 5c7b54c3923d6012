package uk.tidemark.app.web.problem;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import uk.tidemark.app.refusal.Problems;

/**
 * Every problem detail the API answers names its {@code type}, as it always has and as the API description says
 * ({@code Problem.type} is required, decision 0034). Spring Framework 7 leaves a problem's type unset unless it is
 * given, and then writes no {@code type} at all — which RFC 9457 reads as {@code about:blank}, but a client
 * generated from the description, or one written against the old answers, would not. This sets it where it is
 * missing, for the problems of every controller and exception handler (decision 0030).
 */
@ControllerAdvice
public class ProblemTypeAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            Problems.typed(problem);
        }
        return body;
    }
}
