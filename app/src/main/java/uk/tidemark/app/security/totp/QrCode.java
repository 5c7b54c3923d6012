package uk.tidemark.app.security.totp;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import java.util.Map;

/**
 * A QR code drawn on the server as inline SVG (ZXing's encoder, decision 0031): nothing is fetched from elsewhere,
 * no script draws it, and as part of the page it needs nothing from the content security policy. One path of
 * black squares on a white square with the four-module quiet zone scanners need; the page's style sizes it.
 */
public final class QrCode {

    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /**
     * The SVG element of a QR code holding {@code text}, with {@code description} as its accessible name (its
     * {@code <title>}, which {@code aria-labelledby} names as {@code titleId}).
     */
    public static String svg(String text, String description, String titleId) {
        ByteMatrix modules;
        try {
            // M: 15% of the code may be unreadable (a smudged screen, a reflection) and the rest still reads
            modules = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters", e);
        }
        int size = modules.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); ) {
                if (modules.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < modules.getWidth() && modules.get(x + run, y) == 1) {
                    run++;
                }
                // a run of dark modules as one rectangle, one module high
                path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
                x += run;
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tidemark-qr\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-labelledby=\"" + escaped(titleId) + "\" focusable=\"false\""
                + " shape-rendering=\"crispEdges\"><title id=\"" + escaped(titleId) + "\">" + escaped(description)
                + "</title><rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
