package uk.tidemark.app.security.totp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The set-up page's QR code: it reads back as what it was given, at a phone's size and a large one. */
class QrCodeTest {

    private static final String ADDRESS = "otpauth://totp/Tidemark:j.o%27brien%40school.example?secret="
            + "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Tidemark&algorithm=SHA1&digits=6&period=30";

    @Test
    void itReadsBackAsTheAddressItWasGiven() throws Exception {
        String svg = QrCode.svg(ADDRESS, "A QR code", "qr-title");
        assertThat(QrImages.decoded(QrImages.rendered(svg, 200f))).isEqualTo(ADDRESS);
        assertThat(QrImages.decoded(QrImages.rendered(svg, 800f))).isEqualTo(ADDRESS);
    }

    @Test
    void itIsAnImageWithANameAndNothingElse() {
        String svg = QrCode.svg(ADDRESS, "Scan <this> & \"that\"", "qr-title");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("role=\"img\"", "aria-labelledby=\"qr-title\"",
                        "<title id=\"qr-title\">Scan &lt;this&gt; &amp; &quot;that&quot;</title>")
                // the address is in the squares only, never in the markup
                .doesNotContain("otpauth", "<script", "<image", "style=");
    }

    @Test
    void textTooLongForAQrCodeIsRefused() {
        assertThatThrownBy(() -> QrCode.svg("x".repeat(3000), "too long", "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
