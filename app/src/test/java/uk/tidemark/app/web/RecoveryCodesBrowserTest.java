package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.security.totp.Base32;
import uk.tidemark.app.security.totp.QrImages;
import uk.tidemark.app.security.totp.Totp;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Decision 0031 in Chromium, on a laptop and a phone: a lead's first sign-in sets up two-factor sign-in from the QR
 * code (what Chromium draws reads back as the set-up address of the key beside it), shows the ten recovery codes
 * once, and goes on; a later sign-in without the phone refuses a wrong recovery code beside its field, takes a right
 * one, and says how many are left. Every page passes axe with no console error and fits a phone's width.
 */
@RunningApp
@TestPropertySource(properties = "tidemark.security.totp.required-roles=DSL, DEPUTY_DSL, HR, HEADTEACHER, ADMIN")
class RecoveryCodesBrowserTest {

    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "recovery-codes");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aLeadSetsUpFromTheQrCodeKeepsTheRecoveryCodesAndSignsInWithOne() throws Exception {
        chromium.signIn(DSL_A, PASSWORD);
        assertThat(chromium.path()).isEqualTo("/login/second-factor");
        assertThat(chromium.heading()).isEqualTo("Set up two-factor sign-in");
        String key = chromium.driver().findElement(By.id("secret")).getText().replace(" ", "");
        String otpauth = "otpauth://totp/Tidemark:" + DSL_A + "?secret=" + key
                + "&issuer=Tidemark&algorithm=SHA1&digits=6&period=30";
        assertThat(QrImages.decoded(drawn(qrCode(), "qr-code-laptop"))).as("the QR code as Chromium draws it")
                .isEqualTo(otpauth);
        assertThat(qrCode().getAttribute("role")).isEqualTo("img");
        assertThat((String) chromium.driver().executeScript("return document.getElementById("
                + "document.querySelector('svg.tidemark-qr').getAttribute('aria-labelledby')).textContent"))
                .startsWith("QR code to scan with your authenticator app");
        assertThat(qrCode().getRect().getWidth()).as("big enough to scan").isGreaterThanOrEqualTo(200);
        chromium.check("set-up");

        chromium.viewport(Chromium.PHONE);
        assertFitsTheWidth();
        assertThat(QrImages.decoded(drawn(qrCode(), "qr-code-phone"))).as("on a phone too").isEqualTo(otpauth);
        assertThat(chromium.driver().findElement(By.id("secret")).isDisplayed()).isTrue();
        chromium.check("set-up-phone");
        chromium.viewport(Chromium.LAPTOP);

        chromium.type("Code", Totp.code(Base32.decode(key), Totp.stepAt(Instant.now())));
        chromium.press("Continue");
        assertThat(chromium.path()).isEqualTo("/account/recovery-codes/new");
        assertThat(chromium.heading()).isEqualTo("Your recovery codes");
        assertThat(chromium.text()).contains("Two-factor sign-in is set up.",
                "Store these codes safely now. You will not be shown them again.");
        List<String> codes = chromium.driver().findElements(By.cssSelector("#recovery-codes code")).stream()
                .map(WebElement::getText).toList();
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[0-9a-z]{5}-[0-9a-z]{5}"));
        chromium.check("recovery-codes");
        chromium.viewport(Chromium.PHONE);
        assertFitsTheWidth();
        chromium.check("recovery-codes-phone");
        chromium.viewport(Chromium.LAPTOP);

        chromium.follow("Continue");
        assertThat(chromium.path()).isEqualTo("/");
        assertThat(chromium.heading()).isEqualTo("Dashboard");
        chromium.signOut();

        // a later sign-in, without the phone
        chromium.signIn(DSL_A, PASSWORD);
        assertThat(chromium.heading()).isEqualTo("Enter your sign-in code");
        chromium.reveal("I cannot use my authenticator app");
        chromium.type("Recovery code", "abcde-fghjk");
        chromium.press("Sign in with a recovery code");
        assertThat(chromium.title()).startsWith("Error:");
        assertThat(chromium.text()).contains("There is a problem", "That recovery code was not right");
        chromium.check("recovery-code-refused");
        chromium.viewport(Chromium.PHONE);
        assertFitsTheWidth();
        chromium.check("recovery-code-refused-phone");
        chromium.viewport(Chromium.LAPTOP);

        chromium.type("Recovery code", codes.get(4).toUpperCase());
        chromium.press("Sign in with a recovery code");
        assertThat(chromium.path()).isEqualTo("/account/recovery-codes");
        assertThat(chromium.text()).contains("You signed in with a recovery code. It will not work again.",
                "You have 9 recovery codes left.", "You have 9 of 10 recovery codes left.");
        chromium.check("signed-in-with-a-recovery-code");
        chromium.viewport(Chromium.PHONE);
        assertFitsTheWidth();
        chromium.check("signed-in-with-a-recovery-code-phone");
        chromium.viewport(Chromium.LAPTOP);
        chromium.follow("Continue to Tidemark");
        assertThat(chromium.path()).isEqualTo("/");
        assertThat(chromium.heading()).isEqualTo("Dashboard");
    }

    private WebElement qrCode() {
        return chromium.driver().findElement(By.cssSelector("svg.tidemark-qr"));
    }

    /** The element as Chromium painted it, kept beside the screenshots. */
    private java.awt.image.BufferedImage drawn(WebElement element, String name) {
        // all of it in the viewport: Chromium clips an element's screenshot to what is in view
        chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            byte[] png = element.getScreenshotAs(OutputType.BYTES);
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots", "recovery-codes");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No sideways scrolling (WCAG 1.4.10). */
    private void assertFitsTheWidth() {
        Number overflow = (Number) chromium.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("sideways overflow on %s", chromium.path()).isLessThanOrEqualTo(0);
    }
}
