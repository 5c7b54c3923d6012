package uk.tidemark.app.web.idempotency;

import tools.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.Problems;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Honours {@code Idempotency-Key} on the API's POSTs (decision 0029): the first request with a key is done and its
 * answer kept; a repeat by the same user with the same key and the same request (method, address and body) within
 * the key's lifetime gets that answer again (status, {@code Location}, body), with nothing done a second time, on
 * whichever instance it arrives. The same key with a different request is a 422; a repeat while the first still
 * runs waits for it, and is a 409 if it takes too long. Only a 2xx answer is kept: a refused or failed request did
 * nothing, so its key is given back and a repeat is done afresh. Without the header a request is as it always was.
 *
 * <p>Runs after Spring Security's filters (so the user is known and a refused request never claims a key), and not
 * on {@code /api/admin/users}, whose answers carry one-time passwords that must not be kept anywhere.
 */
@Component
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String REPLAYED = "Idempotent-Replayed";
    static final String MISMATCH = "This Idempotency-Key was used for a different request (another address or "
            + "body): nothing was done. Use a new key for a new request.";
    static final String IN_PROGRESS = "A request with this Idempotency-Key is still being done, or did not finish: "
            + "nothing more was done. Send it again in a moment; if this goes on, look for what it made before you "
            + "send it with a new key.";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyFilter.class);
    /** Answers with one-time passwords: never kept, so never replayed. */
    private static final String NOT_KEPT = "/api/admin/users";

    private final IdempotencyKeys keys;
    private final ObjectMapper json;

    IdempotencyKeyFilter(IdempotencyKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** Whether a POST to this path honours a key: every one under /api but for the accounts' answers. */
    static boolean honoursKeyOn(String path) {
        return path.startsWith("/api/") && !path.equals(NOT_KEPT) && !path.startsWith(NOT_KEPT + "/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(IdempotencyKeyHeader.NAME) == null
                || !honoursKeyOn(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response); // the security filters answer it
            return;
        }
        Optional<String> key = IdempotencyKeyHeader.parse(request.getHeader(IdempotencyKeyHeader.NAME));
        if (key.isEmpty()) {
            ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST,
                    "The request has invalid fields; see errors.");
            problem.setProperty("errors",
                    List.of(new FieldProblem(IdempotencyKeyHeader.NAME, IdempotencyKeyHeader.INVALID)));
            write(response, problem);
            return;
        }
        boolean multipart = isMultipart(request);
        byte[] body = multipart ? partsOf(request) : request.getInputStream().readAllBytes();
        if (body == null) { // an upload the server does not read at all: its own answer (413) says why
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        String fingerprint = IdempotencyKeyHeader.fingerprint(
                "API POST " + request.getRequestURI() + (query == null ? "" : "?" + query), body);
        IdempotencyKeys.Claim claim = keys.claim(auth.getName(), key.get(), fingerprint);
        if (claim instanceof IdempotencyKeys.Started started) {
            // a multipart request's parts are parsed and kept by the server: the handler reads them again as they are
            doOnce(started, multipart ? request : new BodyKept(request, body), response, chain);
        } else if (claim instanceof IdempotencyKeys.Replay replay) {
            replay(replay.answer(), response);
        } else if (claim instanceof IdempotencyKeys.Mismatch) {
            write(response, problem(request, HttpStatus.UNPROCESSABLE_ENTITY, MISMATCH));
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            write(response, problem(request, HttpStatus.CONFLICT, IN_PROGRESS));
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /**
     * What a multipart request sends, for its fingerprint: each part's name, file name and bytes, in order (the
     * boundary between them differs from one sending to the next). Null when the server will not read the parts.
     */
    private static byte[] partsOf(HttpServletRequest request) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try {
            for (jakarta.servlet.http.Part part : request.getParts()) {
                all.writeBytes((part.getName() + "\0" + part.getSubmittedFileName() + "\0")
                        .getBytes(StandardCharsets.UTF_8));
                try (java.io.InputStream in = part.getInputStream()) {
                    all.writeBytes(in.readAllBytes());
                }
                all.write(0);
            }
        } catch (ServletException | IllegalStateException notRead) {
            return null;
        }
        return all.toByteArray();
    }

    private void doOnce(IdempotencyKeys.Started claim, HttpServletRequest request, HttpServletResponse response,
                        FilterChain chain) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean done = false;
        try {
            chain.doFilter(request, answer);
            done = answer.getStatus() >= 200 && answer.getStatus() < 300;
        } finally {
            try {
                if (done) {
                    keys.complete(claim, new IdempotencyKeys.Answer(answer.getStatus(),
                            answer.getHeader(HttpHeaders.LOCATION), answer.getContentType(),
                            new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8)));
                } else {
                    keys.release(claim);
                }
            } catch (RuntimeException e) {
                // done but not kept: the key stays claimed, so a repeat is a 409, never a second case
                log.warn("An idempotency key could not be {}: {}", done ? "kept" : "released", e.getClass().getName());
            }
            answer.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyKeys.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        response.setHeader(REPLAYED, "true");
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.body() != null && !answer.body().isEmpty()) {
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detail) {
        return Problems.of(status, detail, request);
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its body, read once here for the fingerprint, given again to the controller. */
    private static final class BodyKept extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyKept(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
