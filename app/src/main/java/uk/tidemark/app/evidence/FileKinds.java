package uk.tidemark.app.evidence;

import java.util.Locale;
import java.util.Map;

/** A file's type in words, for the pages: "PNG image", "HEIC photo", "PDF document", "MP4 video", "Text file". */
public final class FileKinds {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("image/png", "PNG image"), Map.entry("image/jpeg", "JPEG photo"),
            Map.entry("image/gif", "GIF image"), Map.entry("image/webp", "WebP image"),
            Map.entry("image/bmp", "BMP image"), Map.entry("image/tiff", "TIFF image"),
            Map.entry("image/heic", "HEIC photo"), Map.entry("image/heif", "HEIF photo"),
            Map.entry("application/pdf", "PDF document"), Map.entry("video/mp4", "MP4 video"),
            Map.entry("video/quicktime", "MOV video"), Map.entry("video/webm", "WebM video"),
            Map.entry("video/3gpp", "3GP video"), Map.entry("video/x-m4v", "M4V video"),
            Map.entry("text/plain", "Text file"));

    private FileKinds() {
    }

    public static String of(String contentType) {
        if (contentType == null) {
            return "File";
        }
        return WORDS.getOrDefault(contentType, contentType.substring(contentType.indexOf('/') + 1)
                .toUpperCase(Locale.ROOT) + " file");
    }
}
