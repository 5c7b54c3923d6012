package uk.tidemark.app.web.audit;

import uk.tidemark.app.link.CaseLinks;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.DateFields;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageNumbers;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.validation.DateRules;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.time.DateWindow;
import uk.tidemark.app.audit.AuditKind;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.account.Role;
import uk.tidemark.kernel.FindCaseReferences;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail's pages, over {@link AuditController}: the search (by case, actor, kind and dates, paged) and
 * the check of the whole chain. The API decides what the reader may see; the page only words it. Dates are days in
 * Europe/London: "from" is the start of its day, "to" the end of its day.
 */
@WebPage
class AuditPages {

    static final int PAGE_SIZE = 25;

    /** A case reference as people type it: RP-26-0042 (decision 0038). */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("[A-Za-z]{2,4}-\\d{2}-\\d{1,6}");

    private final AuditController audit;
    private final PageActions actions;
    private final DisplayNames names;
    private final QueryGateway queries;

    AuditPages(AuditController audit, PageActions actions, DisplayNames names, QueryGateway queries) {
        this.audit = audit;
        this.actions = actions;
        this.names = names;
        this.queries = queries;
    }

    /**
     * An entry as the page lists it: a sentence ("Dee Ess opened case RP-26-0042"); the stored request (username,
     * endpoint, details) is for administrators.
     */
    record Row(long position, String at, String kind, String sentence, String caseLabel, String casePath,
               String actor, String what, String details) {
    }

    @GetMapping(path = "/audit", produces = MediaType.TEXT_HTML_VALUE)
    String search(@RequestParam(required = false) String caseId, @RequestParam(required = false) String actor,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") String page,
                  @RequestParam Map<String, String> all,
                  @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response) {
        Map<String, String> submitted = new LinkedHashMap<>();
        submitted.put("caseId", caseId == null ? "" : caseId.strip());
        submitted.put("actor", actor == null ? "" : actor.strip());
        submitted.put("kind", kind == null ? "" : kind);
        // GOV.UK date inputs (from-day, from-month, from-year); an ISO "from" as a link may carry it, into the boxes
        submitted.putAll(boxes("from", from, all));
        submitted.putAll(boxes("to", to, all));
        model.addAttribute("kindChoices", Choice.of(AuditKind.class, KINDS));
        model.addAttribute("showRequests", user.hasRole(Role.ADMIN));

        List<FieldProblem> errors = new ArrayList<>();
        Map<String, String> dates = DateFields.combineText(submitted, errors);
        Instant fromAt = startOf(dates.get("from"), "from", errors);
        LocalDate toDay = day(dates.get("to"), "to", errors);
        // the end of the day, kept inside the window for the last day of it (the API checks the window again)
        Instant toAt = toDay == null ? null : min(toDay.plusDays(1).atStartOfDay(WorkingCalendar.UK).toInstant(),
                DateWindow.LAST_INSTANT);
        AuditKind kindValue = kindOf(submitted.get("kind"), errors);
        String actorValue = personOf(submitted.get("actor"), errors);
        String typedCase = submitted.get("caseId");
        boolean byReference = REFERENCE.matcher(typedCase).matches();
        int pageNumber = pageOf(page);
        PageActions.Outcome<AuditController.PageView> found = errors.isEmpty()
                ? actions.run("audit", submitted, () -> audit.list(byReference ? null : typedCase,
                byReference ? typedCase : null, actorValue, kindValue, iso(fromAt), iso(toAt), pageNumber, PAGE_SIZE,
                user))
                : new PageActions.Outcome<>(null, new Form("audit", submitted, errors, null));
        if (!found.done()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("filter", found.form());
            model.addAttribute("rows", List.of());
            model.addAttribute("total", 0L);
            return "audit/trail";
        }
        AuditController.PageView result = found.result();
        model.addAttribute("filter", Form.blank("audit", submitted));
        Map<String, String> references = referencesOf(result.items());
        model.addAttribute("rows", result.items().stream().map(e -> row(e, references)).toList());
        model.addAttribute("total", result.total());
        model.addAttribute("paging", PageNumbers.of("/audit", submitted, pageNumber, PAGE_SIZE, result.total()));
        return "audit/trail";
    }

    @GetMapping(path = "/audit/verify", produces = MediaType.TEXT_HTML_VALUE)
    String verify(@RequestHeader(name = "HX-Request", required = false) String htmx,
                  @AuthenticationPrincipal TidemarkUser user, Model model) {
        model.addAttribute("verification", audit.verify(user));
        // htmx loads the result into the trail's page; without JavaScript it is a page of its own
        return htmx != null ? "audit/verify :: result" : "audit/verify";
    }

    private Row row(AuditController.EntryView e, Map<String, String> references) {
        String casePath = null;
        String caseLabel = null;
        if (e.caseId() != null && e.caseType() != null) {
            caseLabel = references.containsKey(e.caseId()) ? "case " + references.get(e.caseId())
                    : "the " + caseWords(e.caseType()).toLowerCase(java.util.Locale.ENGLISH).replace("hr ", "HR ");
            casePath = CaseLinks.path(e.caseType(), e.caseId());
        }
        String details = e.details() == null || e.details().isNull() || e.details().isEmpty() ? ""
                : e.details().toString();
        String sentence = AuditSentences.of(e, names::of, id -> references.containsKey(id)
                ? "case " + references.get(id) : "a case");
        return new Row(e.position(), LondonTimes.format(e.at()), KINDS.getOrDefault(kindOf(e.kind()),
                Choice.words(e.kind())), sentence, caseLabel, casePath, e.actor() == null ? "" : e.actor(), worded(e),
                details);
    }

    /** The kinds of entry as the search offers them. */
    static final Map<AuditKind, String> KINDS = Map.of(AuditKind.EVENT, "Change to a case",
            AuditKind.READ, "Case data read", AuditKind.SIGN_IN, "Signed in", AuditKind.SIGN_IN_FAILED,
            "Sign-in refused", AuditKind.ACCESS_DENIED, "Refused", AuditKind.ADMIN, "Administration",
            AuditKind.SESSION_ENDED, "Session ended", AuditKind.ACCOUNT, "Own account");

    private static AuditKind kindOf(String name) {
        try {
            return name == null ? null : AuditKind.valueOf(name);
        } catch (IllegalArgumentException changedByHand) {
            return null;
        }
    }

    private static String caseWords(String caseType) {
        return switch (caseType) {
            case "INCIDENT" -> "Incident case";
            case "DISCIPLINARY" -> "HR case";
            case "COMPLAINT" -> "Complaint";
            default -> Choice.words(caseType);
        };
    }

    /** The references of the page's cases, by id (one question for the whole page). */
    private Map<String, String> referencesOf(List<AuditController.EntryView> entries) {
        java.util.Set<String> ids = entries.stream().map(AuditController.EntryView::caseId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new java.util.HashMap<>();
        queries.query(new FindCaseReferences(ids, java.util.Set.of()),
                        ResponseTypes.multipleInstancesOf(FindCaseReferences.CaseReference.class)).join()
                .forEach(r -> {
                    if (r.reference() != null) {
                        found.put(r.caseId(), r.reference());
                    }
                });
        return found;
    }

    /** The person the reader typed, by name (or username): their username, or a message that says what to do. */
    private String personOf(String typed, List<FieldProblem> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        List<String> usernames = names.usernamesCalled(typed);
        if (usernames.isEmpty()) {
            errors.add(new FieldProblem("actor", "No one called " + typed.strip() + " uses Tidemark: enter the "
                    + "person's full name as Tidemark shows it, for example on a case's chronology."));
            return null;
        }
        if (usernames.size() > 1) {
            errors.add(new FieldProblem("actor", "More than one person is called " + typed.strip()
                    + ": ask an administrator which account you mean."));
            return null;
        }
        return usernames.get(0);
    }

    /** An event's type in words ("IncidentLogged" → "Incident logged"); a request's endpoint as it is. */
    static String worded(AuditController.EntryView e) {
        String what = e.what();
        if (!AuditKind.EVENT.name().equals(e.kind()) || what == null || !what.matches("[A-Z][A-Za-z0-9]*")) {
            return what;
        }
        String spaced = what.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ENGLISH);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A date's three boxes as sent, or those of an ISO date sent as the field itself (a link's). */
    private static Map<String, String> boxes(String field, String iso, Map<String, String> all) {
        Map<String, String> boxes = new LinkedHashMap<>();
        for (String box : List.of(DateFields.DAY, DateFields.MONTH, DateFields.YEAR)) {
            String value = all.get(field + "-" + box);
            boxes.put(field + "-" + box, value == null ? "" : value.strip());
        }
        if (iso != null && !iso.isBlank() && boxes.values().stream().allMatch(String::isEmpty)) {
            List<FieldProblem> unreadable = new ArrayList<>();
            LocalDate day = day(iso.strip(), field, unreadable);
            if (day != null) {
                boxes.putAll(DateFields.boxes(field, day));
            } else {
                boxes.put(field + "-" + DateFields.YEAR, iso.strip()); // shown again, refused as the boxes are
            }
        }
        return boxes;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }

    private static Instant startOf(String text, String field, List<FieldProblem> errors) {
        LocalDate day = day(text, field, errors);
        return day == null ? null : day.atStartOfDay(WorkingCalendar.UK).toInstant();
    }

    /** The one date rule (decision 0027): an ISO date inside the window, so that the search never overflows. */
    private static LocalDate day(String text, String field, List<FieldProblem> errors) {
        return DateRules.date(field, text, DateRules.Tense.ANY, errors);
    }

    private static AuditKind kindOf(String text, List<FieldProblem> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AuditKind.valueOf(text.strip());
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldProblem("kind", "Choose a kind of entry from the list."));
            return null;
        }
    }

    private static int pageOf(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
