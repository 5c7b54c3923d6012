package uk.tidemark.app.web.home;

import uk.tidemark.app.link.CaseLinks;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.incident.DashboardCases;
import uk.tidemark.kernel.deadline.DeadlineStatus;
import uk.tidemark.kernel.deadline.query.DeadlineView;
import uk.tidemark.kernel.text.FewWords;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the dashboard lists first, "Needs attention" (issue 16, item 1): reports of a child at immediate risk nobody
 * has triaged, overdue deadlines (missed, or due and not yet marked missed), deadlines due today and tomorrow, and
 * reports made since the user last signed in, in that order. Each line names the case by its reference and its first
 * few words (decision 0043), says what is due and by when, and links to the case.
 */
final class NeedsAttention {

    /**
     * One line: a tag ("Overdue"), the case ({@code reference}, {@code words}, {@code path}) and what it calls for
     * ({@code what}, e.g. "First response was due Friday 11 December 2026, 17:00", and {@code late}, "2 days late").
     */
    record Line(String tag, String tagClass, String reference, String words, String path, String what, String late) {
    }

    /** The lines of one kind, with how many there are in all (a long list is cut to {@link #SHOWN}). */
    record Group(String id, String title, List<Line> lines, int total) {
    }

    /** The most lines of each kind the dashboard lists; the deadline board and the case list have them all. */
    static final int SHOWN = 10;
    /** Deadlines fall due on the setting's calendar, in UK time (decision 0032). */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private NeedsAttention() {
    }

    /**
     * @param untriaged the open cases nobody has triaged yet, newest first (empty for someone who triages none)
     * @param recent    open cases newest first, to find those reported since {@code since} (null: not known)
     * @param open      the open deadlines of the cases the user may work on, and of the register records whose
     *                  deadlines they own
     * @param later     also list what is due after tomorrow ("Due later"): for a member of staff whose few deadlines
     *                  are their own (an official account they lead), not for a lead with a whole board of them
     */
    static List<Group> of(List<DashboardCases.Row> untriaged, List<DashboardCases.Row> recent, Instant since,
                          List<DeadlineView> open, Instant now, boolean later) {
        List<Group> groups = new ArrayList<>();
        Set<String> listed = new HashSet<>();

        List<Line> risk = new ArrayList<>();
        for (DashboardCases.Row r : untriaged) {
            if (r.immediateRisk()) {
                listed.add(r.id());
                risk.add(new Line("Immediate risk", "govuk-tag--red", r.reference(), FewWords.of(r.summary()),
                        "/cases/" + r.id(), "Not yet triaged: reported " + LondonTimes.dueWords(r.loggedAt(), now),
                        ""));
            }
        }
        groups.add(group("attention-risk", "Immediate risk, not yet triaged", risk));

        LocalDate tomorrow = now.atZone(UK).toLocalDate().plusDays(1);
        List<Line> overdue = new ArrayList<>();
        List<Line> soon = new ArrayList<>();
        List<Line> afterTomorrow = new ArrayList<>();
        open.stream().sorted(Comparator.comparing(DeadlineView::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(d -> {
                    boolean late = d.status() == DeadlineStatus.MISSED
                            || (d.dueAt() != null && d.dueAt().isBefore(now));
                    String kind = HomeController.capitalised(d.kind().label());
                    String path = CaseLinks.path(d.caseType(), d.caseId());
                    if (late) {
                        String ago = LondonTimes.howLongAgo(d.dueAt(), now);
                        overdue.add(new Line("Overdue", "govuk-tag--red", d.caseReference(), d.caseSummary(), path,
                                kind + " was due " + LondonTimes.fullWithTime(d.dueAt()),
                                ago.isEmpty() ? "missed" : ago + " late"));
                    } else if (d.dueAt() != null
                            && !d.dueAt().atZone(UK).toLocalDate()
                            .isAfter(tomorrow)) {
                        String when = LondonTimes.dueWords(d.dueAt(), now);
                        soon.add(new Line(when.startsWith("today") ? "Due today" : "Due tomorrow", "govuk-tag--yellow",
                                d.caseReference(), d.caseSummary(), path, kind + " due " + when, ""));
                    } else if (later && d.dueAt() != null) {
                        afterTomorrow.add(new Line("Due", "govuk-tag--grey", d.caseReference(), d.caseSummary(), path,
                                kind + " due " + LondonTimes.fullWithTime(d.dueAt()), ""));
                    }
                });
        groups.add(group("attention-overdue", "Overdue", overdue));
        groups.add(group("attention-soon", "Due today and tomorrow", soon));
        groups.add(group("attention-later", "Due later", afterTomorrow));

        List<Line> fresh = new ArrayList<>();
        if (since != null) {
            for (DashboardCases.Row r : recent) {
                if (r.loggedAt() != null && r.loggedAt().isAfter(since) && !listed.contains(r.id())) {
                    fresh.add(new Line("New", "govuk-tag--blue", r.reference(), FewWords.of(r.summary()),
                            "/cases/" + r.id(), "Reported " + LondonTimes.dueWords(r.loggedAt(), now), ""));
                }
            }
        }
        groups.add(group("attention-new", "New since you last signed in", fresh));
        return groups.stream().filter(g -> g.total() > 0).toList();
    }

    private static Group group(String id, String title, List<Line> lines) {
        return new Group(id, title, lines.stream().limit(SHOWN).toList(), lines.size());
    }
}
