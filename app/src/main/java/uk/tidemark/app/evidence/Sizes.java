package uk.tidemark.app.evidence;

import java.util.Locale;

/** A file's size as people write it: "812 bytes", "45 KB", "3.2 MB" (1 KB = 1,024 bytes, as file managers show). */
public final class Sizes {

    private Sizes() {
    }

    public static String inWords(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return (megabytes < 10 ? String.format(Locale.UK, "%.1f", megabytes) : Long.toString(Math.round(megabytes)))
                .replace(".0", "") + " MB";
    }
}
