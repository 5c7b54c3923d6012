package uk.tidemark.app.web.bundle;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.WebPage;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The page that checks a case bundle (decision 0054), linked from a case's "Share a verifiable copy" section and from
 * the audit trail: upload the ZIP, read in words whether it is exactly what was exported, and if not, which file
 * changed. The same checks as {@code POST /api/bundles/verification}; leads only (403 otherwise).
 */
@WebPage
class BundlePages {

    static final String FORM = "verification";
    private static final Map<String, String> LABELS = Map.of("file", "The bundle's ZIP file");

    private final BundleVerification verification;

    BundlePages(BundleVerification verification) {
        this.verification = verification;
    }

    @GetMapping("/bundles/verification")
    String form(@AuthenticationPrincipal TidemarkUser user, Model model) {
        CaseBundleController.requireLead(user);
        return page(model, Form.blank(FORM), null);
    }

    @PostMapping("/bundles/verification")
    String check(@RequestParam(name = "file", required = false) MultipartFile file,
                 @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response) {
        CaseBundleController.requireLead(user);
        byte[] zip;
        try {
            zip = CaseBundleController.bytesOf(file);
        } catch (InvalidRequestException refused) {
            response.setStatus(400);
            return page(model, new Form(FORM, Map.of(), refused.errors(), null), null);
        }
        return page(model, Form.blank(FORM), verification.check(zip));
    }

    private String page(Model model, Form form, BundleVerification.Verification result) {
        model.addAttribute("form", form);
        model.addAttribute("labels", LABELS);
        model.addAttribute("result", result);
        model.addAttribute("exportedOn", result == null ? null : words(result.exportedAt()));
        model.addAttribute("keyId", verification.keyId());
        return "bundles/verification";
    }

    private static String words(String instant) {
        if (instant == null) {
            return null;
        }
        try {
            return LondonTimes.fullWithTime(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return "a time the manifest does not give plainly";
        }
    }
}
