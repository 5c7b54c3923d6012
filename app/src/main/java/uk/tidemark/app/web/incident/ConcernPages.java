package uk.tidemark.app.web.incident;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import uk.tidemark.app.audit.CaseDataRead;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.OnceOnlyForms;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.evidence.CheckedFile;
import org.springframework.web.multipart.MultipartFile;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.Platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.validation.Limits;

/**
 * "Report a concern": the short form anyone who may log a case fills in (on a phone, in under two minutes), and the
 * reporter's view of their report afterwards, status only. Both go through {@link IncidentController}, so the page
 * logs, checks and audits exactly as the API does.
 */
@WebPage
class ConcernPages {

    /** How long the confirmation waits for a report just logged to reach the read model. */
    private static final int PROJECTION_WAITS = 30;

    private final IncidentController incidents;
    private final PageForms forms;
    private final PageActions actions;
    private final AccessScope scope;
    private final Validator validator;
    private final OnceOnlyForms once;
    private final EvidenceUploads uploads;
    private final EvidenceController evidence;
    private final SchoolList schoolList;
    private final TrustCategoryChoice trustCategories;
    private final IncidentActionController actionsApi;

    ConcernPages(IncidentController incidents, PageForms forms, PageActions actions, AccessScope scope,
                 Validator validator, OnceOnlyForms once, EvidenceUploads uploads, EvidenceController evidence,
                 SchoolList schoolList, TrustCategoryChoice trustCategories, IncidentActionController actionsApi) {
        this.actionsApi = actionsApi;
        this.schoolList = schoolList;
        this.trustCategories = trustCategories;
        this.uploads = uploads;
        this.evidence = evidence;
        this.incidents = incidents;
        this.forms = forms;
        this.actions = actions;
        this.scope = scope;
        this.validator = validator;
        this.once = once;
    }

    @GetMapping("/concerns/new")
    String form(@AuthenticationPrincipal TidemarkUser user, Model model) {
        Map<String, String> defaults = OnceOnlyForms.withNewKey(DateTimeFields.today("occurredAt"));
        return show(Form.blank(ConcernForm.NAME, defaults), 1, user, model);
    }

    @PostMapping("/concerns/new")
    String report(@RequestParam Map<String, String> form,
                  @RequestParam(name = EvidenceUploads.FILES, required = false) List<MultipartFile> files,
                  @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        // the file input's name comes as text only from a script that sends the form url-encoded: never an answer,
        // and not part of what makes two sendings one report (OnceOnlyForms compares the answers)
        Map<String, String> submitted = new java.util.LinkedHashMap<>(form);
        submitted.remove(EvidenceUploads.FILES);
        if (ConcernForm.ADD_PERSON.equals(submitted.get("action"))) {
            // "Add another person" (a plain submit, with or without JavaScript): the same form again, with one more
            // empty block, its name field focused (autofocus, which scrolls the page to it)
            int blocks = ConcernForm.blocks(submitted) + 1;
            model.addAttribute("focusBlock", blocks - 1);
            return show(new Form(ConcernForm.NAME, rosterRoles(user, submitted, blocks), List.of(), null), blocks,
                    user, model);
        }
        int finding = ConcernForm.findingFor(submitted.get("action"));
        if (finding >= 0) {
            // "Find on the school list" without JavaScript: the same form again, the matches under that name
            int blocks = Math.max(ConcernForm.blocks(submitted), finding + 1);
            List<FieldProblem> lost = screenshotsLost(files);
            model.addAttribute("finding", finding);
            return show(new Form(ConcernForm.NAME, rosterRoles(user, submitted, blocks), lost, null), blocks, user,
                    model);
        }
        Map<String, String> compacted = ConcernForm.compacted(submitted);
        // a person picked from the school list is sent with the list's role when the reporter chose none
        Map<String, String> shown = rosterRoles(user, compacted, ConcernForm.blocks(compacted));
        List<FieldProblem> errors = new ArrayList<>();
        Map<String, String> fields = DateTimeFields.combine(shown, "occurredAt", errors);
        ConcernForm.splitCategory(fields); // "CYBERBULLYING/group-chats": a trust's own category under its own
        List<String> links = ConcernForm.links(fields.remove("links"));
        fields.putIfAbsent("immediateRisk", "false"); // an unticked box is not sent
        PageForms.Bound<LogIncidentRequest> bound = forms.bind(fields, LogIncidentRequest.class);
        // a date without a time is already this field's problem: not "required" as well
        bound.errors().stream().filter(e -> errors.stream().noneMatch(mine -> mine.field().equals(e.field())))
                .forEach(errors::add);
        LogIncidentRequest request = bound.value() == null ? null : withLinks(bound.value(), links, errors);
        List<CheckedFile> screenshots = uploads.checked(files, errors);
        int blocks = ConcernForm.blocks(shown);
        if ((request == null || !errors.isEmpty()) && !screenshots.isEmpty()) {
            // a browser never fills in a file input again: say so, rather than drop the files unseen
            errors.add(new FieldProblem(EvidenceUploads.FILES, "Select your screenshots or photos again: they were "
                    + "not sent, because the report was not sent."));
        }
        if (request == null || !errors.isEmpty()) {
            response.setStatus(400);
            return show(new Form(ConcernForm.NAME, shown, inPageOrder(ConcernForm.onTheRadios(errors), blocks), null),
                    blocks, user, model);
        }
        // sent once however often it is submitted: a repeat goes to the case the first submission made
        PageActions.Outcome<String> outcome = once.createOnce(user, ConcernForm.NAME, shown, () -> actions.run(
                ConcernForm.NAME, shown, () -> {
                    String id = incidents.log(request, new BeanPropertyBindingResult(request, "body"), user)
                            .getBody().id();
                    // the report's screenshots and photos, each its own evidence, added by the reporter
                    evidence.add(user, id, null, screenshots, new ActionRequests.NewEvidenceFile(null, null, null));
                    return id;
                }));
        if (!outcome.done()) {
            response.setStatus(outcome.form().refusal() != null ? 409 : 400);
            Form refused = outcome.form();
            return show(new Form(refused.name(), refused.values(),
                    inPageOrder(ConcernForm.onTheRadios(refused.errors()), blocks), refused.refusal()), blocks, user,
                    model);
        }
        redirect.addFlashAttribute("reported", true);
        redirect.addFlashAttribute("immediateRisk", request.immediateRisk());
        return "redirect:/concerns/" + outcome.result();
    }

    /** The reporter's view: the API's status-only answer (a safeguarding lead sees the same few facts here). */
    @GetMapping("/concerns/{id}")
    @CaseDataRead // read through IncidentController, which records the read
    String status(@PathVariable String id, @AuthenticationPrincipal TidemarkUser user, Model model) {
        boolean justReported = Boolean.TRUE.equals(model.getAttribute("reported"));
        Object view = find(id, user, justReported ? PROJECTION_WAITS : 0);
        IncidentStatus status;
        Category category;
        Instant loggedAt;
        List<IncidentViews.ReportedFileView> files;
        String reference;
        IncidentViews.TrustCategoryView trustCategory;
        if (view instanceof IncidentViews.CaseView full) {
            reference = full.reference();
            trustCategory = full.trustCategory();
            status = full.status();
            category = full.category();
            loggedAt = full.loggedAt();
            files = full.evidence().stream().filter(e -> e.file() != null && user.getUsername().equals(e.recordedBy()))
                    .map(e -> new IncidentViews.ReportedFileView(e.id(), e.file().name(), e.file().size(),
                            e.file().contentType(), e.recordedAt(), e.file().download()))
                    .toList();
            model.addAttribute("casePath", "/cases/" + id);
            model.addAttribute("yours", user.getUsername().equals(full.reportedBy()));
        } else {
            IncidentViews.ReportedCaseView reported = (IncidentViews.ReportedCaseView) view;
            reference = reported.reference();
            trustCategory = reported.trustCategory();
            status = reported.status();
            category = reported.category();
            loggedAt = reported.loggedAt();
            files = reported.files();
            model.addAttribute("yours", true); // the status-only view is the reporter's
        }
        model.addAttribute("id", id);
        // the reference people can say (decision 0038); the id only for a case that has none yet
        model.addAttribute("reference", reference != null ? reference : id);
        model.addAttribute("justReported", justReported);
        model.addAttribute("status", status == IncidentStatus.CLOSED ? "Closed" : "Open");
        model.addAttribute("category", ConcernForm.categories().stream()
                .filter(c -> c.value().equals(category.name())).findFirst().map(Choice::label).orElse("")
                + (trustCategory == null ? "" : " (" + trustCategory.name() + ")"));
        model.addAttribute("loggedAt", LondonTimes.dateAndTime(loggedAt));
        model.addAttribute("files", files);
        model.addAttribute("maxFileSize", uploads.maxFileSize());
        if (!model.containsAttribute("filesForm")) {
            model.addAttribute("filesForm", Form.blank(EvidencePages.FORM));
        }
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", Form.blank(NOTE_FORM));
        }
        model.addAttribute("noteLabels", Map.of("text", "Your information"));
        return "concerns/status";
    }

    static final String NOTE_FORM = "reporterNote";

    /**
     * The reporter adds information to their report after sending it: a note in the case's chronology, which its
     * leads read (the reporter still sees the status only). Through the API's note action, which lets the reporter
     * add to their own report.
     */
    @PostMapping("/concerns/{id}/notes")
    String addNote(@PathVariable String id, @RequestParam Map<String, String> form,
                   @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        Map<String, String> values = new java.util.LinkedHashMap<>(form);
        values.remove("_csrf");
        PageActions.Outcome<?> outcome = actions.submit(forms, NOTE_FORM, values, ActionRequests.NewNote.class,
                note -> actionsApi.note(id, note, null, user));
        if (outcome.done()) {
            redirect.addFlashAttribute("noteAdded", true);
            return "redirect:/concerns/" + id;
        }
        response.setStatus(outcome.form().refusal() != null ? 409 : 400);
        model.addAttribute("noteForm", outcome.form());
        return status(id, user, model);
    }

    /** The case as the API answers it; just after logging, the read model may need a moment to show it. */
    private Object find(String id, TidemarkUser user, int waits) {
        for (int attempt = 0; ; attempt++) {
            try {
                return incidents.get(id, null, user).getBody();
            } catch (NotFoundException notYet) {
                if (attempt >= waits) {
                    throw notYet;
                }
                sleep();
            }
        }
    }

    private LogIncidentRequest withLinks(LogIncidentRequest r, List<String> links, List<FieldProblem> errors) {
        LogIncidentRequest request = new LogIncidentRequest(r.settingId(), r.category(), r.trustCategoryId(),
                r.platform(), r.occurredAt(),
                r.summary(), links, r.people(), r.immediateRisk());
        for (ConstraintViolation<LogIncidentRequest> v : validator.validate(request)) {
            String path = v.getPropertyPath().toString();
            if (path.startsWith("links[")) {
                int line = Integer.parseInt(path.replaceAll("\\D+", " ").trim().split(" ")[0]) + 1;
                errors.add(new FieldProblem("links", "(line " + line + ") " + v.getMessage()));
            } else if (path.equals("links")) {
                errors.add(new FieldProblem("links", v.getMessage()));
            }
        }
        return request;
    }

    private Map<String, String> rosterRoles(TidemarkUser user, Map<String, String> values, int blocks) {
        return schoolList.offeredTo(user) ? schoolList.withRosterRoles(user, values, blocks) : values;
    }

    /** The error summary lists the problems in the order of the fields on the page. */
    private static List<FieldProblem> inPageOrder(List<FieldProblem> errors, int blocks) {
        List<String> order = new ArrayList<>(ConcernForm.labels(blocks).keySet());
        order.add(order.indexOf("links") + 1, EvidenceUploads.FILES); // a sentence of its own: it has no label
        return errors.stream().sorted(java.util.Comparator.comparingInt(e -> {
            int at = order.indexOf(e.field());
            return at < 0 ? order.size() : at;
        })).toList();
    }

    private String show(Form form, int blocks, TidemarkUser user, Model model) {
        List<Choice> settings = scope.settingsOf(user).stream().map(s -> new Choice(s.id(), s.name())).toList();
        model.addAttribute("form", form);
        if (!model.containsAttribute("focusBlock")) {
            model.addAttribute("focusBlock", -1);
        }
        model.addAttribute("labels", ConcernForm.labels(blocks));
        model.addAttribute("blocks", IntStream.range(0, blocks).boxed().toList());
        model.addAttribute("settings", settings.size() > 1 ? settings : List.of());
        model.addAttribute("categories", ConcernForm.categories(trustCategories.active(scope.settingsOf(user))));
        model.addAttribute("platforms", Choice.of(Platform.class, ConcernForm.PLATFORMS));
        model.addAttribute("roles", Choice.of(PersonRole.class, ConcernForm.ROLES));
        model.addAttribute("involvements", ConcernForm.involvements());
        model.addAttribute("maxFileSize", uploads.maxFileSize());
        boolean offered = schoolList.offeredTo(user);
        model.addAttribute("rostered", offered);
        model.addAttribute("rosterFound", offered ? schoolList.forBlocks(user, form, blocks,
                (Integer) model.getAttribute("finding")) : Map.of());
        return "concerns/new";
    }

    /** The school list for one block, swapped into the form by htmx (the page works without it too). */
    @GetMapping("/concerns/roster")
    @CaseDataRead // the school list's names, audited as GET /api/roster's (no case data, but people's names)
    String roster(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "0") int block,
                  @AuthenticationPrincipal TidemarkUser user, Model model) {
        int at = Math.max(0, Math.min(block, Limits.PEOPLE));
        Form form = new Form(ConcernForm.NAME, params, List.of(), null);
        model.addAttribute("form", form);
        model.addAttribute("block", at);
        model.addAttribute("found", AccessScope.mayLog(user) ? schoolList.lookUp(user, params.get("settingId"),
                params.get("people[" + at + "].name")) : null);
        return "concerns/roster :: matches";
    }

    /** Files chosen before "Find on the school list" (sent without JavaScript) are not kept: say so. */
    private static List<FieldProblem> screenshotsLost(List<MultipartFile> files) {
        boolean any = files != null && files.stream().anyMatch(f -> f != null && !f.isEmpty());
        return any ? List.of(new FieldProblem(EvidenceUploads.FILES, "Select your screenshots or photos again: "
                + "looking up the school list sent the form without them.")) : List.of();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
