package uk.tidemark.app.web.incident;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;
import uk.tidemark.kernel.deadline.query.DeadlineView;
import uk.tidemark.kernel.deadline.query.FindDeadlines;
import uk.tidemark.kernel.incident.Agency;
import uk.tidemark.kernel.incident.IncidentState;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.IncidentTransitionTable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The top of the case page (issue 16): the case's open deadlines, overdue ones first and saying how late, and the
 * actions its state and deadlines call for next. Which actions a case offers is read from its transition table
 * ({@link IncidentTransitionTable}, through {@link IncidentCasePage#ACTIONS}, decision 0036), never a second copy;
 * the deadlines are the deadline board's, for this case. A step links to the form further down that does it.
 */
@Component
class IncidentNextSteps {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'at' HH:mm",
            Locale.UK).withZone(WorkingCalendar.UK);
    /** Working days are counted over at most this many days, whatever a deadline's age. */
    private static final int MAX_DAYS_COUNTED = 3660;

    /**
     * One deadline at the top of the page.
     *
     * @param what    the deadline in words: "First response to the report"
     * @param due     when it falls or fell due: "Friday 11 December 2026 at 17:00"
     * @param overdue whether it is past and still to be done (tagged red)
     * @param timing  how late it is ("2 working days late", "3 hours late"), how soon it is due ("in 40 minutes"),
     *                or, for one missed and done since, that it was missed
     */
    record DeadlineLine(String what, String due, boolean overdue, boolean missedEarlier, String timing) {
    }

    /** One thing to do next: its words, the form's id on the page, and why now (may be null). */
    record Step(String words, String form, String why) {
    }

    record Next(List<DeadlineLine> deadlines, List<Step> steps) {
    }

    private final QueryGateway queries;
    private final WorkingCalendars calendars;

    IncidentNextSteps(QueryGateway queries, WorkingCalendars calendars) {
        this.queries = queries;
        this.calendars = calendars;
    }

    /** The state the transition table is written against, as the case view shows it. */
    static IncidentState stateOf(IncidentViews.CaseView c) {
        if (c.status() == IncidentStatus.CLOSED) {
            return IncidentState.CLOSED;
        }
        return c.severity() == null ? IncidentState.NEW : IncidentState.TRIAGED;
    }

    /** The case's deadlines and next steps, now (Axon's clock, the one the case's deadlines are counted by). */
    Next of(IncidentViews.CaseView c) {
        return of(c, deadlinesOf(c.id()), GenericEventMessage.clock.instant(),
                calendars.forSetting(c.settingId()));
    }

    /** Read after the case itself, whose read (authorised and audited) covers its deadlines. */
    private List<DeadlineView> deadlinesOf(String caseId) {
        List<DeadlineView> all = queries.query(new FindDeadlines(null, null, null, caseId, null),
                ResponseTypes.multipleInstancesOf(DeadlineView.class)).join();
        return all == null ? List.of() : all;
    }

    static Next of(IncidentViews.CaseView c, List<DeadlineView> deadlines, Instant now, WorkingCalendar calendar) {
        IncidentState state = stateOf(c);
        Set<String> offered = IncidentCasePage.ACTIONS.offered(command -> IncidentTransitionTable.allows(command, state));
        List<DeadlineLine> lines = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Map<String, String> people = c.people().stream().filter(p -> p.personId() != null)
                .collect(Collectors.toMap(IncidentViews.PersonView::personId, IncidentViews.PersonView::name, (a, b) -> a));
        List<DeadlineView> shown = deadlines.stream()
                .filter(d -> d.status() == DeadlineStatus.PENDING || d.status() == DeadlineStatus.MISSED)
                .sorted(Comparator.comparing(DeadlineView::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (DeadlineView d : shown) {
            String key = keyOf(d);
            boolean outstanding = outstanding(c, d.kind(), key);
            if (!outstanding && d.status() == DeadlineStatus.PENDING) {
                continue; // done, and the board has not caught up yet
            }
            if (state == IncidentState.CLOSED && d.status() == DeadlineStatus.PENDING) {
                continue; // a closed case's deadlines are settled; none stays due
            }
            boolean past = d.dueAt() != null && !d.dueAt().isAfter(now);
            // missed and still to do is overdue, whatever this server's clock says of the due time
            boolean overdue = outstanding && (past || d.status() == DeadlineStatus.MISSED);
            String timing = overdue ? (past ? late(d.dueAt(), now, calendar) : null)
                    : d.status() == DeadlineStatus.MISSED ? "Missed, done since"
                    : soon(d.dueAt(), now);
            lines.add(new DeadlineLine(what(c, d.kind(), key, people), d.dueAt() == null ? "" : DUE.format(d.dueAt()),
                    overdue, d.status() == DeadlineStatus.MISSED && !overdue, timing));
            if (outstanding) {
                Step step = step(c, d.kind(), key, people, overdue ? "Overdue" + (timing == null ? "" : ": " + timing)
                        : "Due " + (d.dueAt() == null ? "" : DUE.format(d.dueAt())), offered);
                if (step != null && steps.stream().noneMatch(s -> s.form().equals(step.form()))) {
                    steps.add(step);
                }
            }
        }
        if (state == IncidentState.NEW && offered.contains("triage") && steps.stream().noneMatch(s -> s.form().equals("triage"))) {
            steps.add(0, new Step("Triage the case: assess its severity and take it on", "triage", null));
        }
        if (state == IncidentState.TRIAGED && steps.isEmpty() && offered.contains("close")) {
            steps.add(new Step("Close the case once nothing more is needed", "close",
                    "Nothing the case awaits is due."));
        }
        if (state == IncidentState.CLOSED && offered.contains("reopen")) {
            steps.add(new Step("Reopen the case to act on it again", "reopen", null));
        }
        return new Next(lines, steps);
    }

    /** The last part of a deadline's id: a warning's or referral's id, or 1 for one the case holds once. */
    static String keyOf(DeadlineView d) {
        String prefix = d.caseId() + "/" + d.kind().name() + "/";
        return d.deadlineId().startsWith(prefix) ? d.deadlineId().substring(prefix.length()) : "";
    }

    /** Whether what the deadline asks for is still to be done, from the case as it is. */
    static boolean outstanding(IncidentViews.CaseView c, DeadlineKind kind, String key) {
        if (c.status() == IncidentStatus.CLOSED) {
            return false;
        }
        return switch (kind) {
            case FIRST_RESPONSE -> c.severity() == null;
            case LADO_REFERRAL -> c.referrals().stream().noneMatch(r -> r.agency() == Agency.LADO);
            case REFERRAL_FOLLOW_UP -> c.referrals().stream()
                    .anyMatch(r -> r.id().equals(key) && r.acknowledgedAt() == null);
            case WARNING_RESPONSE -> c.warnings().stream()
                    .anyMatch(w -> w.warningId().equals(key) && w.response() == null);
            default -> false;
        };
    }

    private static String what(IncidentViews.CaseView c, DeadlineKind kind, String key, Map<String, String> people) {
        return switch (kind) {
            case FIRST_RESPONSE -> c.immediateRisk() ? "First response to a report of immediate risk"
                    : "First response to the report";
            case LADO_REFERRAL -> "Referral to the LADO (the allegation meets the harm threshold)";
            case REFERRAL_FOLLOW_UP -> "Acknowledgement of the referral to " + agencyOf(c, key);
            case WARNING_RESPONSE -> "Response to the warning to " + warnedOf(c, key, people);
            default -> capitalised(kind.label());
        };
    }

    private static Step step(IncidentViews.CaseView c, DeadlineKind kind, String key, Map<String, String> people,
                             String why, Set<String> offered) {
        return switch (kind) {
            case FIRST_RESPONSE -> offered.contains("triage")
                    ? new Step("Triage the case: assess its severity and take it on", "triage", why) : null;
            case LADO_REFERRAL -> offered.contains("referral")
                    ? new Step("Refer the allegation to the LADO", "referral", why) : null;
            case REFERRAL_FOLLOW_UP -> offered.contains("ack-{referralId}")
                    ? new Step("Record " + agencyOf(c, key) + "'s acknowledgement of the referral", "ack-" + key, why)
                    : null;
            case WARNING_RESPONSE -> offered.contains("response-{warningId}")
                    ? new Step("Record how " + warnedOf(c, key, people) + " responded to the warning",
                    "response-" + key, why) : null;
            default -> null;
        };
    }

    private static String agencyOf(IncidentViews.CaseView c, String referralId) {
        return c.referrals().stream().filter(r -> r.id().equals(referralId)).findFirst()
                .map(r -> agencyWords(r.agency())).orElse("the agency");
    }

    static String agencyWords(Agency agency) {
        List<Choice> agencies = IncidentPageModel.options().get("agency");
        return agencies.stream().filter(a -> agency != null && a.value().equals(agency.name())).findFirst()
                .map(Choice::label).map(IncidentNextSteps::asInASentence).orElse("the agency");
    }

    /** "Children's social care" inside a sentence is "children's social care"; "LADO" stays as it is. */
    private static String asInASentence(String words) {
        return words.length() > 1 && Character.isUpperCase(words.charAt(0)) && Character.isLowerCase(words.charAt(1))
                && !words.startsWith("Teaching") && !words.startsWith("Professionals")
                ? Character.toLowerCase(words.charAt(0)) + words.substring(1) : words;
    }

    private static String warnedOf(IncidentViews.CaseView c, String warningId, Map<String, String> people) {
        return c.warnings().stream().filter(w -> w.warningId().equals(warningId)).findFirst()
                .map(w -> people.get(w.personId())).filter(Objects::nonNull).orElse("the person warned");
    }

    /**
     * How late: in minutes or hours within a day of the due time, then in working days on the setting's calendar
     * (those after the due date, up to today).
     */
    static String late(Instant due, Instant now, WorkingCalendar calendar) {
        Duration late = Duration.between(due, now);
        if (late.toHours() < 24) {
            return inHoursOrMinutes(late) + " late";
        }
        LocalDate day = LocalDate.ofInstant(due, WorkingCalendar.UK);
        LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.UK);
        int working = 0;
        for (int i = 0; i < MAX_DAYS_COUNTED && day.isBefore(today); i++) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                working++;
            }
        }
        if (working == 0) {
            return inHoursOrMinutes(late) + " late";
        }
        return working + (working == 1 ? " working day" : " working days") + " late";
    }

    /** How soon a deadline within the next day falls due: "in 40 minutes", "in 3 hours"; else nothing. */
    static String soon(Instant due, Instant now) {
        if (due == null) {
            return null;
        }
        Duration left = Duration.between(now, due);
        return left.isNegative() || left.toHours() >= 24 ? null : "In " + inHoursOrMinutes(left);
    }

    private static String inHoursOrMinutes(Duration d) {
        long hours = d.toHours();
        if (hours >= 1) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long minutes = Math.max(1, d.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
