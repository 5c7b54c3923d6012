package uk.tidemark.app.evidence;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * The small picture of an image file that the case page shows: the pixels drawn again into a new PNG at most
 * {@value #EDGE} pixels on its longer side, so nothing of the original's metadata (camera, place, time) comes with it.
 * Only what the JDK can decode gets one (PNG, JPEG, GIF, BMP); a HEIC or WebP photo, a PDF or a video shows its type
 * instead. An image is read subsampled, so a picture of enormous dimensions costs no more memory than a small one;
 * one of more than {@value #MAX_PIXELS} pixels, or one that does not decode, gets no thumbnail and is kept all the same.
 */
final class Thumbnails {

    static final int EDGE = 320;
    /** The types the JDK decodes, which get a thumbnail. */
    static final java.util.Set<String> DRAWN = java.util.Set.of("image/png", "image/jpeg", "image/gif", "image/bmp");
    private static final long MAX_PIXELS = 200_000_000L;
    /** Decoded at most about this size before the final, smooth scaling. */
    private static final int DECODE_EDGE = 4 * EDGE;

    private Thumbnails() {
    }

    static Optional<byte[]> of(byte[] image) {
        // in memory: ImageIO's default stream would cache the picture in a temporary file
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // ignore metadata: never read, never copied
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    return Optional.empty();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / DECODE_EDGE);
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.of(png(scaled(reader.read(0, param))));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException notAnImageWeCanDraw) {
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(BufferedImage source) {
        double factor = Math.min(1.0, (double) EDGE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) { // no temporary file either
                ImageIO.write(image, "png", stream);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
