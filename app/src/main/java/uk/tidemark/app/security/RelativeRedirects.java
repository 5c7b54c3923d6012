package uk.tidemark.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.RedirectStrategy;

import java.io.IOException;
import java.net.URI;

/**
 * Sends a sign-in on to where it was going as a path, never as an absolute address. Spring Security remembers the
 * page a signed-out visitor asked for as a full URL built from the request's {@code Host} (or a proxy's
 * {@code X-Forwarded-Host}), so a spoofed host came back in the {@code Location} after signing in. Only Tidemark's
 * own paths are ever remembered, so the path and query are all there is to keep (decision 0028).
 */
public final class RelativeRedirects implements RedirectStrategy {

    public static final RelativeRedirects INSTANCE = new RelativeRedirects();

    private RelativeRedirects() {
    }

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(pathOf(url)));
    }

    /** The path and query of {@code url}; "/" for anything without a path of its own. */
    public static String pathOf(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.startsWith("/") || path.startsWith("//")) {
            path = "/";
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
