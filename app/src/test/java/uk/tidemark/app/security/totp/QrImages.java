package uk.tidemark.app.security.totp;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.Map;

/**
 * Reads a QR code back as a phone's camera would have to: the SVG drawn by an SVG renderer that is not the one that
 * wrote it (Batik), or a browser's screenshot, then ZXing's QR reader on the pixels.
 */
public final class QrImages {

    private QrImages() {
    }

    /** The SVG drawn by Batik, {@code width} pixels wide. */
    public static BufferedImage rendered(String svg, float width) throws TranscoderException {
        BufferedImage[] image = new BufferedImage[1];
        ImageTranscoder transcoder = new ImageTranscoder() {
            @Override
            public BufferedImage createImage(int w, int h) {
                return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            }

            @Override
            public void writeImage(BufferedImage img, TranscoderOutput output) {
                image[0] = img;
            }
        };
        transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width);
        transcoder.transcode(new TranscoderInput(new StringReader(svg)), null);
        return image[0];
    }

    /**
     * What ZXing's QR reader finds in the image; an AssertionError when it finds none. The reader first looks for
     * the code as in a photograph; when its finder-pattern search misses (it does on about one code in forty drawn at
     * a size that is not a whole number of pixels per module, where the modules alternate between 8 and 9 pixels),
     * it reads the image as what Batik and a screenshot give: a code square to the edges, in its quiet zone.
     */
    public static String decoded(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException photographed) {
            try {
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                e.addSuppressed(photographed);
                throw new AssertionError("no readable QR code in the image", e);
            }
        }
    }
}
