package uk.tidemark.app.web.cases;

import uk.tidemark.app.refusal.InvalidRequestException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the optional {@code If-Match} header of an action: the case version from the {@code ETag} of
 * {@code GET /api/incidents/{id}}, quoted ({@code "7"}) as HTTP writes it, or bare ({@code 7}) as people type
 * it. {@code *} means "whatever the version is", the same as no header.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    private static final Pattern VERSION = Pattern.compile("\\s*(?:\"(\\d{1,18})\"|(\\d{1,18}))\\s*");

    private IfMatch() {
    }

    /** The expected version, or null for none; a header that is neither answers 400. */
    public static Long parse(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher m = VERSION.matcher(header);
        if (!m.matches()) {
            throw new InvalidRequestException(HEADER,
                    "must be the case version from the ETag of the case, such as \"3\".");
        }
        return Long.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
