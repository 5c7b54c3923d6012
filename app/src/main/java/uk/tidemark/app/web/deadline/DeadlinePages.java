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
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The deadline board page, over {@link DeadlineController#list}: the API decides which deadlines the user may see
 * (and audits the read); the page filters by status, kind, case type and "mine", and words each row: its case by
 * reference and first few words, when it is due in Europe/London (not when a miss was recorded), and a tag saying
 * whether it is due, overdue or met. It opens on the open deadlines (pending or missed), overdue first, most late
 * first, then the soonest due; "every status" adds the met ones after them, latest due first (issue 16, item 5).
 */
@WebPage
class DeadlinePages {

    /** The status filter's value for every status; no value is the open deadlines. */
    static final String EVERY_STATUS = "ALL";
    private static final Set<DeadlineStatus> OPEN = EnumSet.of(DeadlineStatus.PENDING, DeadlineStatus.MISSED);

    private final DeadlineController deadlines;
    private final AccessScope scope;
    private final AccountStore accounts;

    DeadlinePages(DeadlineController deadlines, AccessScope scope, AccountStore accounts) {
        this.deadlines = deadlines;
        this.scope = scope;
        this.accounts = accounts;
    }

    /** A deadline as the board shows it. */
    record Row(String kind, String caseType, String reference, String words, String casePath, String setting,
               String due, String status, String statusTag, String note, String owner, boolean yours) {
    }

    @GetMapping(path = "/deadlines", produces = MediaType.TEXT_HTML_VALUE)
    @CaseDataRead // its read is audited by DeadlineController.list
    String board(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String caseType, @RequestParam(required = false) String mine,
                 @RequestHeader(name = "HX-Request", required = false) String htmx,
                 @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                 @AuthenticationPrincipal TidemarkUser user, Model model) {
        boolean every = status != null && EVERY_STATUS.equals(status.strip());
        DeadlineStatus statusValue = parse(DeadlineStatus.class, status);
        Set<DeadlineStatus> statuses = every ? null : statusValue != null ? Set.of(statusValue) : OPEN;
        DeadlineKind kindValue = parse(DeadlineKind.class, kind);
        CaseType typeValue = parse(CaseType.class, caseType);
        boolean mineOnly = QueryBooleans.isTrue(mine);
        Map<String, String> settingNames = SettingNames.of(scope, user);
        Instant now = Instant.now();
        Map<String, String> names = new HashMap<>();
        Function<String, String> nameOf = u -> names.computeIfAbsent(u,
                n -> accounts.find(n).map(TidemarkUser::displayName).orElse(n));
        List<Row> rows = deadlines.list(statuses, kindValue, null, mineOnly, typeValue, user).stream()
                .sorted(overdueFirst(now))
                .map(d -> row(d, settingNames, user, nameOf, now)).toList();

        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", every ? EVERY_STATUS : statusValue == null ? "" : statusValue.name());
        values.put("kind", kindValue == null ? "" : kindValue.name());
        values.put("caseType", typeValue == null ? "" : typeValue.name());
        values.put("mine", mineOnly ? "true" : "");
        model.addAttribute("filter", Form.blank("deadlines", values));
        model.addAttribute("filtered", values.values().stream().anyMatch(v -> !v.isEmpty()));
        List<Choice> statusChoices = new ArrayList<>(Choice.of(DeadlineStatus.class));
        statusChoices.add(new Choice(EVERY_STATUS, "Every status, met ones too"));
        model.addAttribute("statusChoices", statusChoices);
        model.addAttribute("kindChoices", Choice.of(DeadlineKind.class, k -> capitalised(k.label())));
        model.addAttribute("typeChoices", Choice.of(CaseType.class, DeadlinePages::caseTypeWords));
        model.addAttribute("rows", rows);
        model.addAttribute("caption", rows.size() + (rows.size() == 1 ? " deadline" : " deadlines")
                + (statuses == OPEN ? " still to be done" : "") + ", overdue first (UK time)");
        return htmx != null && restore == null ? "deadlines/board :: results" : "deadlines/board";
    }

    /** Overdue (missed, or due and not yet marked missed) most late first, then the rest to do soonest first, then
     * the done ones latest due first. */
    private static Comparator<DeadlineController.DeadlineItem> overdueFirst(Instant now) {
        Comparator<Instant> soonest = Comparator.nullsLast(Comparator.naturalOrder());
        return Comparator.<DeadlineController.DeadlineItem>comparingInt(d -> overdue(d, now) ? 0 : open(d) ? 1 : 2)
                .thenComparing((a, b) -> open(a) ? soonest.compare(a.dueAt(), b.dueAt())
                        : soonest.compare(b.dueAt(), a.dueAt()));
    }

    private static boolean open(DeadlineController.DeadlineItem d) {
        return OPEN.contains(d.status());
    }

    private static boolean overdue(DeadlineController.DeadlineItem d, Instant now) {
        return d.status() == DeadlineStatus.MISSED
                || (d.status() == DeadlineStatus.PENDING && d.dueAt() != null && d.dueAt().isBefore(now));
    }

    private static Row row(DeadlineController.DeadlineItem d, Map<String, String> settingNames, TidemarkUser user,
                           Function<String, String> nameOf, Instant now) {
        String path = CaseLinks.path(d.caseType(), d.caseId());
        boolean overdue = overdue(d, now);
        String tag = overdue ? "govuk-tag--red" : switch (d.status()) {
            case PENDING -> "govuk-tag--blue";
            case MET -> "govuk-tag--green";
            default -> "govuk-tag--grey";
        };
        String status = overdue && d.status() == DeadlineStatus.PENDING ? "Overdue" : Choice.words(d.status());
        String late = LondonTimes.howLongAgo(d.dueAt(), now);
        String note = d.status() == DeadlineStatus.MET ? "Met " + LondonTimes.brief(d.metAt())
                : overdue ? (late.isEmpty() ? "" : late + " late")
                : d.status() == DeadlineStatus.PENDING ? "Due " + LondonTimes.dueWords(d.dueAt(), now) : "";
        return new Row(capitalised(d.kind().label()), caseTypeWords(d.caseType()), d.caseReference(), d.caseSummary(),
                path, settingNames.getOrDefault(d.settingId(), ""), LondonTimes.fullWithTime(d.dueAt()),
                status, tag, note, d.ownerId() == null ? "Nobody yet" : nameOf.apply(d.ownerId()),
                user.getUsername().equals(d.ownerId()));
    }

    static String caseTypeWords(CaseType type) {
        return switch (type) {
            case INCIDENT -> "Incident case";
            case DISCIPLINARY -> "HR case";
            case COMPLAINT -> "Complaint";
            case IMAGE_CONSENT -> "Image consent";
            case OFFICIAL_ACCOUNT -> "Official account";
            case POLICY -> "Policy";
            case DECLARATION -> "Staff declaration";
            case LOW_LEVEL_CONCERN -> "Low-level concerns";
            case SUBJECT_ACCESS -> "Subject access request";
            case RECORD_TRANSFER -> "Record transfer";
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
