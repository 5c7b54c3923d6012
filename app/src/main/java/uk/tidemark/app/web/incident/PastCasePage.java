package uk.tidemark.app.web.incident;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.incident.PastCases.PastCaseView;
import uk.tidemark.app.web.incident.PastCases.PastChronologyView;
import uk.tidemark.app.web.page.DateFields;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.incident.IncidentStatus;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The case page as the case stood at a moment (issue 20, decision 0056): read-only, under a banner saying so, with the
 * chronology to then and who had read it by then. Read through {@link IncidentController} with {@code asOf}, so its
 * authorisation (on the case as it is now), its conflict-of-interest check and its read audit are the API's. The
 * moment is typed as people write a date and a time ({@link DateTimeFields}), or given as {@code asOf}, an instant.
 */
@WebPage
class PastCasePage {

    static final String FORM = "moment";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** One person who had read the case by then, in words: their first and last read, and how many. */
    record Reader(String name, String first, String last, int reads) {
    }

    private final IncidentController incidents;
    private final AccessScope scope;
    private final RetentionPanel retention;
    private final DisplayNames names;
    private final Map<String, String> labels = IncidentForms.labelsOf(IncidentCasePage.ACTIONS);

    PastCasePage(IncidentController incidents, AccessScope scope, RetentionPanel retention, DisplayNames names) {
        this.incidents = incidents;
        this.scope = scope;
        this.retention = retention;
        this.names = names;
    }

    @GetMapping("/cases/{id}/as-of")
    @CaseDataRead // read through IncidentController, which records the read
    String page(@PathVariable String id, @RequestParam Map<String, String> query,
                @AuthenticationPrincipal TidemarkUser user, Model model) {
        List<FieldProblem> errors = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>(query);
        String asOf = DateTimeFields.combine(fields, PastCases.AS_OF, errors).get(PastCases.AS_OF);
        if (errors.isEmpty() && (asOf == null || asOf.isBlank())) {
            errors.add(new FieldProblem(PastCases.AS_OF, "is required."));
        }
        if (errors.isEmpty() && !blank(query.get(PastCases.AS_OF + "-" + DateFields.DAY))) {
            asOf = throughTheMinute(Instant.parse(asOf)).toString();
        }
        if (errors.isEmpty()) {
            try {
                Object then = incidents.get(id, asOf, user).getBody();
                Object chronology = incidents.chronology(id, asOf, user);
                fill((PastCaseView) then, (PastChronologyView) chronology, user, model);
                return "incidents/past";
            } catch (InvalidRequestException refused) {
                errors.addAll(refused.errors());
            }
        }
        model.addAttribute("pageTitle", "Error: See the case as it stood");
        model.addAttribute("caseId", id);
        model.addAttribute(FORM, new Form(FORM, query, errors, null));
        model.addAttribute("momentLabels", Map.of(PastCases.AS_OF, "The date and time"));
        return "incidents/past-moment";
    }

    private void fill(PastCaseView then, PastChronologyView chronology, TidemarkUser user, Model model) {
        IncidentViews.CaseView c = then.view();
        String when = words(then.asOf());
        model.addAttribute("pageTitle", "Case " + (c.reference() != null ? c.reference() + " " : "")
                + "as it stood on " + when);
        model.addAttribute("c", c);
        model.addAttribute("pastView", true);
        model.addAttribute("asOfWords", when);
        model.addAttribute("open", c.status() == IncidentStatus.OPEN);
        model.addAttribute("chronology", chronology.entries());
        model.addAttribute("names", c.people().stream().filter(p -> p.personId() != null).collect(
                Collectors.toMap(IncidentViews.PersonView::personId, IncidentViews.PersonView::name, (a, b) -> a)));
        model.addAttribute("settingName", SettingNames.nameOf(scope, user, c.settingId()));
        model.addAttribute("forms", new IncidentForms(null, labels));
        model.addAttribute("readers", readers(then.readBy()));
        model.addAttribute(FORM, Form.blank(FORM, boxes(then.asOf())));
        model.addAttribute("momentLabels", Map.of(PastCases.AS_OF, "The date and time"));
        retention.fill(c, user, model); // an erased case's names lead nowhere, as on the case page
    }

    /**
     * A minute typed in the boxes is the whole of that minute, up to now: pages show times to the minute, so what a
     * page showed at "10:00" is in the case as it stood at 10:00.
     */
    static Instant throughTheMinute(Instant minute) {
        Instant end = minute.plusSeconds(60).minusMillis(1);
        Instant now = Instant.now();
        return end.isAfter(now) && !minute.isAfter(now) ? now : end;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Each reader once, in the order of their first read: a case read daily would otherwise be a long list. */
    private List<Reader> readers(List<PastCases.ReaderView> reads) {
        Map<String, List<Instant>> byUser = new LinkedHashMap<>();
        reads.forEach(r -> byUser.computeIfAbsent(r.user(), u -> new ArrayList<>()).add(r.at()));
        return byUser.entrySet().stream().map(e -> new Reader(names.of(e.getKey()),
                LondonTimes.format(e.getValue().get(0)), LondonTimes.format(e.getValue().get(e.getValue().size() - 1)),
                e.getValue().size())).toList();
    }

    /** "Friday 20 November 2026 at 10:00", in London. */
    static String words(Instant at) {
        return LondonTimes.full(at) + " at " + LondonTimes.show(CLOCK, at);
    }

    /** The moment shown in the form's boxes, to choose another from. */
    private static Map<String, String> boxes(Instant at) {
        ZonedDateTime london = at.atZone(WorkingCalendar.UK);
        Map<String, String> boxes = new LinkedHashMap<>(DateFields.boxes(PastCases.AS_OF, london.toLocalDate()));
        boxes.put(PastCases.AS_OF + "-" + DateFields.TIME, CLOCK.format(london));
        return boxes;
    }
}
