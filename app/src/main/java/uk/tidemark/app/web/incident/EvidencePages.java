package uk.tidemark.app.web.incident;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.evidence.CheckedFile;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.incident.ActionRequests.NewEvidenceFile;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.ReadCatchUp;
import uk.tidemark.app.web.page.WebPage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence files on the pages: the case page's "Add screenshots, photos or documents" (a safeguarding lead), the
 * reporter's "Add more screenshots or photos" on their report's page, and the downloads and thumbnails both link to. All go
 * through {@link EvidenceController}, so the pages check, keep, authorise and audit exactly as the API does.
 */
@WebPage
class EvidencePages {

    /** The case page's form; the reporter's has the same fields. */
    static final String FORM = "evidenceFile";
    static final String FILES = EvidenceUploads.FILES;

    private final EvidenceController evidence;
    private final EvidenceUploads uploadsChecked;
    private final IncidentCasePage casePage;
    private final ConcernPages concerns;
    private final PageForms forms;
    private final PageActions actions;

    EvidencePages(EvidenceController evidence, EvidenceUploads uploadsChecked, IncidentCasePage casePage,
                  ConcernPages concerns, PageForms forms, PageActions actions) {
        this.evidence = evidence;
        this.uploadsChecked = uploadsChecked;
        this.casePage = casePage;
        this.concerns = concerns;
        this.forms = forms;
        this.actions = actions;
    }

    /** The case page's upload: the same address as the hash form's, told apart by its encoding. */
    @PostMapping(path = "/cases/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String addToCase(@PathVariable String id, @RequestParam Map<String, String> form,
                     @RequestParam(name = FILES, required = false) List<MultipartFile> uploads,
                     @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        String version = fields.remove("version");
        Form failed = add(id, fields, uploads, version, user);
        if (failed == null) {
            ReadCatchUp.awaitAbove(() -> casePage.readVersion(id), parse(version));
            redirect.addFlashAttribute("success", "The files are kept as evidence.");
            return "redirect:/cases/" + id;
        }
        response.setStatus(failed.refusal() != null ? 409 : 400);
        return casePage.again(id, user, model, failed);
    }

    /** The reporter adds files to their report after sending it. */
    @PostMapping("/concerns/{id}/evidence") // multipart; an empty form of another encoding is its 400
    String addToReport(@PathVariable String id, @RequestParam Map<String, String> form,
                       @RequestParam(name = FILES, required = false) List<MultipartFile> uploads,
                       @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Form failed = add(id, new LinkedHashMap<>(form), uploads, null, user);
        if (failed == null) {
            redirect.addFlashAttribute("filesAdded", true);
            return "redirect:/concerns/" + id;
        }
        response.setStatus(failed.refusal() != null ? 409 : 400);
        model.addAttribute("filesForm", failed);
        return concerns.status(id, user, model);
    }

    /** Checks the form and keeps its files; null when done, else the form to show again. */
    private Form add(String id, Map<String, String> fields, List<MultipartFile> uploads, String version,
                     TidemarkUser user) {
        List<FieldProblem> errors = new ArrayList<>(); // in the order of the page: the files first
        List<CheckedFile> checked = uploadsChecked.checked(uploads, errors);
        if (checked.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldProblem(FILES, "Select a file to add."));
        }
        Map<String, String> combined = DateTimeFields.combine(fields, "capturedAt", errors);
        PageForms.Bound<NewEvidenceFile> bound = forms.bind(combined, NewEvidenceFile.class);
        errors.addAll(bound.errors());
        if (!errors.isEmpty() || bound.value() == null) {
            return new Form(FORM, fields, errors, null);
        }
        PageActions.Outcome<Object> outcome = actions.run(FORM, fields,
                () -> evidence.add(user, id, IfMatch.parse(version), checked, bound.value()));
        return outcome.done() ? null : outcome.form();
    }

    private static long parse(String version) {
        Long shown = ReadCatchUp.parseVersion(version);
        return shown == null ? -1 : shown;
    }

    @GetMapping("/cases/{id}/evidence/{evidenceId}")
    @CaseDataRead // read through EvidenceController, which records the read
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String evidenceId,
                                    @AuthenticationPrincipal TidemarkUser user) {
        return evidence.download(id, evidenceId, user);
    }

    /** The reporter's way to a file they added (the case's own pages are its leads'). */
    @GetMapping("/concerns/{id}/evidence/{evidenceId}")
    @CaseDataRead // read through EvidenceController, which records the read
    ResponseEntity<byte[]> reportersDownload(@PathVariable String id, @PathVariable String evidenceId,
                                             @AuthenticationPrincipal TidemarkUser user) {
        return evidence.download(id, evidenceId, user);
    }

    @GetMapping("/cases/{id}/evidence/{evidenceId}/thumbnail")
    @CaseDataRead // read through EvidenceController, which records the read
    ResponseEntity<byte[]> thumbnail(@PathVariable String id, @PathVariable String evidenceId,
                                     @AuthenticationPrincipal TidemarkUser user) {
        return evidence.thumbnail(id, evidenceId, user);
    }
}
