package uk.tidemark.app.web.bundle;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.WebPage;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
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

    static final String IMPORT = "import";
    private static final Map<String, String> IMPORT_LABELS = Map.of("file", "The bundle's ZIP file",
            "settingId", "The school or setting the case joins",
            "keyId", "The sending school's key id (optional)");

    private final BundleVerification verification;
    private final BundleImports imports;
    private final AccessScope scope;

    BundlePages(BundleVerification verification, BundleImports imports, AccessScope scope) {
        this.verification = verification;
        this.imports = imports;
        this.scope = scope;
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

    /** The page that opens a case from a bundle another school's Tidemark made (decision 0057). */
    @GetMapping("/bundles/import")
    String importForm(@AuthenticationPrincipal TidemarkUser user, Model model) {
        CaseBundleController.requireLead(user);
        return importPage(model, user, Form.blank(IMPORT));
    }

    @PostMapping("/bundles/import")
    String importBundle(@RequestParam(name = "file", required = false) MultipartFile file,
                        @RequestParam(name = "settingId", required = false) String settingId,
                        @RequestParam(name = "keyId", required = false) String keyId,
                        @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                        HttpServletResponse response) {
        CaseBundleController.requireLead(user);
        Map<String, String> values = new HashMap<>();
        values.put("settingId", settingId);
        values.put("keyId", keyId);
        try {
            BundleImports.Imported imported = imports.importBundle(user, CaseBundleController.bytesOf(file),
                    settingId, keyId);
            flash.addFlashAttribute("success", "The case is imported as " + imported.reference() + ". Its chronology "
                    + "at the school that sent it comes first, as they sent it. Triage it as you would a new case.");
            return "redirect:/cases/" + imported.id();
        } catch (InvalidRequestException refused) {
            response.setStatus(400);
            return importPage(model, user, new Form(IMPORT, values, refused.errors(), null));
        } catch (RefusedCommandException refused) {
            response.setStatus(409);
            return importPage(model, user, new Form(IMPORT, values, List.of(), refused.getMessage()));
        }
    }

    private String importPage(Model model, TidemarkUser user, Form form) {
        model.addAttribute("form", form);
        model.addAttribute("labels", IMPORT_LABELS);
        model.addAttribute("settings", scope.settingsOf(user).stream()
                .map(s -> new Choice(s.id(), s.name())).toList());
        return "bundles/import";
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
