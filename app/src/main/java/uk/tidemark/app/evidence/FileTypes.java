package uk.tidemark.app.evidence;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * What a file is, told from its bytes by Apache Tika's magic numbers (never from the name or the type the client
 * sends), and whether Tidemark accepts it as evidence: screenshots and photos (HEIC as phones take them), PDF, common
 * video and plain text. HTML, scripts, archives and programs are refused whatever they are called.
 */
@Component
public class FileTypes {

    /** Every type accepted unless tidemark.evidence.allowed-types says otherwise. */
    static final List<String> DEFAULT_ALLOWED = List.of(
            "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/tiff", "image/heic",
            "image/heif", "application/pdf", "video/mp4", "video/quicktime", "video/webm", "video/3gpp",
            "video/x-m4v", "text/plain");

    /** Tika's names for some of the types above, as it reports them, mapped to the name the list uses. */
    private static final Map<String, String> ALIASES = Map.of(
            "image/x-ms-bmp", "image/bmp",
            "audio/mp4", "video/mp4",
            "application/mp4", "video/mp4");

    /** What the people who see the list of accepted files read. */
    public static final String ACCEPTED_IN_WORDS = "a screenshot or photo (PNG, JPEG, GIF, WebP, HEIC), a PDF, a "
            + "video (MP4, MOV, WebM) or a text file";

    private final Tika tika = new Tika();
    private final List<String> allowed;

    FileTypes(EvidenceProperties properties) {
        this.allowed = properties.allowedTypes();
    }

    /** The type of these bytes, as a lower-case media type without parameters. */
    public String detect(byte[] bytes) {
        String detected = tika.detect(bytes).toLowerCase(java.util.Locale.ROOT);
        int parameters = detected.indexOf(';');
        String bare = parameters < 0 ? detected : detected.substring(0, parameters).strip();
        return ALIASES.getOrDefault(bare, bare);
    }

    public boolean isAllowed(String contentType) {
        return allowed.contains(contentType);
    }

    public static boolean isImage(String contentType) {
        return contentType.startsWith("image/");
    }
}
