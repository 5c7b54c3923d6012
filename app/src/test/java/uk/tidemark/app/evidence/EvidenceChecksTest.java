package uk.tidemark.app.evidence;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.tidemark.app.fixture.EvidencePictures.contains;
import static uk.tidemark.app.fixture.EvidencePictures.pngWithCanary;

/**
 * What an upload is told to be from its bytes, what is refused, the names kept, the sizes written, and thumbnails
 * that carry nothing of the original but its pixels.
 */
class EvidenceChecksTest {

    private final FileTypes types = new FileTypes(new EvidenceProperties(null, null, null));
    private final EvidenceFiles files = new EvidenceFiles(new EvidenceProperties(DataSize.ofKilobytes(64), null, null),
            types, null, null, null, null);

    @Test
    void theTypeIsToldFromTheBytes() {
        assertThat(types.detect(pngWithCanary(4, 4, "x"))).isEqualTo("image/png");
        assertThat(types.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0))).isEqualTo("image/jpeg");
        assertThat(types.detect(isoMedia("heic", "mif1", "heic"))).isEqualTo("image/heic");
        assertThat(types.detect(isoMedia("mif1", "mif1", "heic"))).isEqualTo("image/heif");
        assertThat(types.detect(isoMedia("mp42", "isom", "mp42"))).isEqualTo("video/mp4");
        // Tika's core types tell the generic ISO brand only as QuickTime's family: accepted all the same
        assertThat(types.isAllowed(types.detect(isoMedia("isom", "isom", "iso2", "avc1", "mp41")))).isTrue();
        assertThat(types.detect(isoMedia("qt  ", "qt  "))).isEqualTo("video/quicktime");
        assertThat(types.detect("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("application/pdf");
        assertThat(types.detect("Spoke to the pupil at 10:15.\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/plain");
        for (String accepted : List.of("image/png", "image/jpeg", "image/heic", "image/heif", "video/mp4",
                "video/quicktime", "application/pdf", "text/plain")) {
            assertThat(types.isAllowed(accepted)).as(accepted).isTrue();
        }
    }

    @Test
    void webPagesProgramsAndArchivesAreRefusedWhateverTheyAreCalled() {
        for (byte[] refused : List.of(
                "<!DOCTYPE html><html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0),
                bytes('P', 'K', 3, 4, 20, 0, 0, 0, 8, 0),
                bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0))) {
            assertThatThrownBy(() -> files.check("photo.png", refused))
                    .isInstanceOfSatisfying(FileRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.TYPE_NOT_ACCEPTED));
        }
    }

    @Test
    void aFileTooLargeOrEmptyIsRefusedInWords() {
        assertThatThrownBy(() -> files.check("big.png", new byte[64 * 1024 + 1]))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.TOO_LARGE);
                    assertThat(e.detail()).isEqualTo("The selected file must be smaller than 64 KB.");
                    assertThat(e.about("big.png")).isEqualTo("The file \u201cbig.png\u201d must be smaller than 64 KB.");
                    assertThat(e.getMessage()).as("nothing of the file in a message a log may show")
                            .isEqualTo("TOO_LARGE");
                });
        assertThatThrownBy(() -> files.check("empty.png", new byte[0]))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.detail()).isEqualTo("The selected file is empty."));
    }

    @Test
    void theNameKeptIsTheLastPartOfWhatTheDeviceSent() {
        assertThat(EvidenceFiles.name("C:\\Users\\dsl\\Pictures\\IMG_0042.PNG", "image/png")).isEqualTo("IMG_0042.PNG");
        assertThat(EvidenceFiles.name("../../etc/passwd", "text/plain")).isEqualTo("passwd");
        assertThat(EvidenceFiles.name("a\"b\u0000\r\nc.png", "image/png")).isEqualTo("abc.png");
        assertThat(EvidenceFiles.name("", "image/png")).isEqualTo("evidence.png");
        assertThat(EvidenceFiles.name(null, "text/plain")).isEqualTo("evidence.txt");
        assertThat(EvidenceFiles.name("x".repeat(300) + ".jpeg", "image/jpeg")).hasSize(255).endsWith(".jpeg");
    }

    @Test
    void sizesAreWrittenAsFileManagersShowThem() {
        assertThat(Sizes.inWords(1)).isEqualTo("1 byte");
        assertThat(Sizes.inWords(812)).isEqualTo("812 bytes");
        assertThat(Sizes.inWords(45_000)).isEqualTo("44 KB");
        assertThat(Sizes.inWords(3_355_443)).isEqualTo("3.2 MB");
        assertThat(Sizes.inWords(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(Sizes.inWords(1024 * 1024)).isEqualTo("1 MB");
    }

    @Test
    void aThumbnailIsThePixelsAloneAndSmall() {
        byte[] png = pngWithCanary(2000, 500, "metadata-canary");
        byte[] thumbnail = Thumbnails.of(png).orElseThrow();
        assertThat(contains(thumbnail, "metadata-canary".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(thumbnail.length).isLessThan(png.length);
        assertThat(Thumbnails.of("not a picture".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Thumbnails.of(isoMedia("heic", "mif1", "heic"))).as("HEIC is kept, without a thumbnail").isEmpty();
    }

    @Test
    void aPictureClaimingEnormousDimensionsGetsNoThumbnailAndCostsNothing() {
        // a PNG header saying 100,000 × 100,000 pixels: decoding it would need 40 GB
        ByteBuffer header = ByteBuffer.allocate(33).put(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))
                .putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(100_000).putInt(100_000)
                .put(bytes(8, 2, 0, 0, 0));
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(header.array(), 12, 17);
        header.putInt((int) crc.getValue());
        assertThat(Thumbnails.of(header.array())).isEmpty();
    }

    /** The start of an ISO media file (HEIC, MP4, MOV) as a phone writes it: its brand, then the compatible ones. */
    private static byte[] isoMedia(String brand, String... compatible) {
        ByteBuffer box = ByteBuffer.allocate(24 + 4 * compatible.length).putInt(16 + 4 * compatible.length)
                .put("ftyp".getBytes(StandardCharsets.US_ASCII)).put(brand.getBytes(StandardCharsets.US_ASCII))
                .putInt(0);
        for (String c : compatible) {
            box.put(c.getBytes(StandardCharsets.US_ASCII));
        }
        return box.putInt(8).put("free".getBytes(StandardCharsets.US_ASCII)).array();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
