package uk.tidemark.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code tidemark.public-url}: the address people reach Tidemark at ({@code https://tidemark.example.org}), the one
 * source of every absolute address the application gives out (decision 0028). Nothing is built from a request's
 * {@code Host} or {@code X-Forwarded-Host}, which a client, or any peer Tomcat counts as a proxy, can set: redirects
 * are relative paths, e-mail links start with this address ({@code tidemark.notifications.mail.link-base} defaults
 * to it), and the API's cross-site check compares a browser's {@code Origin} with it. Empty: no absolute address is
 * given out, and the {@code Origin} is compared with the request's own.
 */
@Component
public class PublicAddress {

    private final String origin;

    public PublicAddress(@Value("${tidemark.public-url:}") String publicUrl) {
        this.origin = publicUrl == null || publicUrl.isBlank() ? null : originOf(publicUrl.strip());
    }

    /** {@code scheme://host[:port]} of the public address, lower-case, without a default port; empty if unset. */
    public Optional<String> origin() {
        return Optional.ofNullable(origin);
    }

    /** Refuses to start with an address a browser could not be sent to. */
    static String originOf(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalStateException("tidemark.public-url must be an http or https address with no path, "
                        + "such as https://tidemark.example.org");
            }
            return origin(scheme, uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("tidemark.public-url is not an address: " + e.getReason());
        }
    }

    /** An origin as browsers write it in {@code Origin}: no default port. */
    static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || (s.equals("https") && port == 443) || (s.equals("http") && port == 80);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
