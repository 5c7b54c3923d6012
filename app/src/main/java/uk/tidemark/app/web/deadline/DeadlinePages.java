package uk.tidemark.app.web.deadline;

import uk.tidemark.app.web.validation.QueryBooleans;
import uk.tidemark.app.link.CaseLinks;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deadline board page, over {@link DeadlineController#list}: the API decides which deadlines the user may see
 * (and audits the read); the page filters by status, kind, case type and "mine", and words each row: its case,
 * when it is or was due in Europe/London, and a tag saying whether it is pending, met or missed.
 */
@WebPage
class DeadlinePages {

    private final DeadlineController deadlines;
    private final AccessScope scope;

    DeadlinePages(DeadlineController deadlines, AccessScope scope) {
        this.deadlines = deadlines;
        this.scope = scope;
    }

    /** A deadline as the board shows it. */
    record Row(String kind, String caseLabel, String casePath, String setting, String due, String status,
               String statusTag, String closedAt, String owner, boolean yours) {
    }

    @GetMapping(path = "/deadlines", produces = MediaType.TEXT_HTML_VALUE)
    @CaseDataRead // its read is audited by DeadlineController.list
    String board(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String caseType, @RequestParam(required = false) String mine,
                 @RequestHeader(name = "HX-Request", required = false) String htmx,
                 @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                 @AuthenticationPrincipal TidemarkUser user, Model model) {
        DeadlineStatus statusValue = parse(DeadlineStatus.class, status);
        DeadlineKind kindValue = parse(DeadlineKind.class, kind);
        CaseType typeValue = parse(CaseType.class, caseType);
        boolean mineOnly = QueryBooleans.isTrue(mine);
        Map<String, String> settingNames = SettingNames.of(scope, user);
        List<Row> rows = deadlines.list(statusValue, kindValue, null, mineOnly, typeValue, user).stream()
                .map(d -> row(d, settingNames, user)).toList();

        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", statusValue == null ? "" : statusValue.name());
        values.put("kind", kindValue == null ? "" : kindValue.name());
        values.put("caseType", typeValue == null ? "" : typeValue.name());
        values.put("mine", mineOnly ? "true" : "");
        model.addAttribute("filter", Form.blank("deadlines", values));
        model.addAttribute("statusChoices", Choice.of(DeadlineStatus.class));
        model.addAttribute("kindChoices", Choice.of(DeadlineKind.class, k -> capitalised(k.label())));
        model.addAttribute("typeChoices", Choice.of(CaseType.class, DeadlinePages::caseTypeWords));
        model.addAttribute("rows", rows);
        return htmx != null && restore == null ? "deadlines/board :: results" : "deadlines/board";
    }

    private static Row row(DeadlineController.DeadlineItem d, Map<String, String> settingNames, TidemarkUser user) {
        String path = CaseLinks.path(d.caseType(), d.caseId());
        String tag = switch (d.status()) {
            case PENDING -> "govuk-tag--blue";
            case MET -> "govuk-tag--green";
            case MISSED -> "govuk-tag--red";
        };
        String closedAt = d.status() == DeadlineStatus.MET ? "Met " + LondonTimes.format(d.metAt())
                : d.status() == DeadlineStatus.MISSED ? "Missed " + LondonTimes.format(d.missedAt()) : "";
        String label = caseTypeWords(d.caseType()) + (d.caseReference() == null ? "" : " " + d.caseReference());
        return new Row(capitalised(d.kind().label()), label, path,
                settingNames.getOrDefault(d.settingId(), ""), LondonTimes.format(d.dueAt()),
                Choice.words(d.status()), tag, closedAt, d.ownerId() == null ? "Nobody" : d.ownerId(),
                user.getUsername().equals(d.ownerId()));
    }

    static String caseTypeWords(CaseType type) {
        return switch (type) {
            case INCIDENT -> "Incident case";
            case DISCIPLINARY -> "HR case";
            case COMPLAINT -> "Complaint";
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst()
                .orElse(null);
    }
}
