package uk.tidemark.app.demo;

import java.util.List;

import static uk.tidemark.app.demo.DemoCase.demoCase;
import static uk.tidemark.kernel.incident.AllegationRoute.LOW_LEVEL_CONCERN;
import static uk.tidemark.kernel.incident.Category.STAFF_MISUSE;
import static uk.tidemark.kernel.incident.Outcome.RESOLVED_INFORMALLY;
import static uk.tidemark.kernel.incident.PersonRole.STAFF;
import static uk.tidemark.kernel.incident.Platform.FACEBOOK;
import static uk.tidemark.kernel.incident.Severity.LOW;

/**
 * The low-level concerns register's demo (issue 18): a second low-level concern about the Year 3 teacher of
 * {@link StaffConcernCases}, so that the register shows a member of staff with two concerns (one short of the
 * review the pattern prompts). The triage policy records it, as in real use. Every name is invented.
 */
final class DemoLowLevelConcerns {

    private static final String RIVERSIDE = DemoOrganisation.RIVERSIDE_PRIMARY.id();

    private DemoLowLevelConcerns() {
    }

    static List<DemoCase> all() {
        return List.of(
                demoCase(RIVERSIDE).reportedBy("deputy").daysAgo(30).category(STAFF_MISUSE).on(FACEBOOK)
                        .summary("A teacher shared a parent's post about a class trip from her personal Facebook, "
                                + "with a comment naming the coach company she was unhappy with.")
                        .subject("Mrs Lena Hargreaves (Year 3 teacher)", STAFF)
                        .by("head").triage(LOW, "Poor judgement online again: a second low-level concern.",
                                LOW_LEVEL_CONCERN)
                        .onDay(1).note("Spoke to Mrs Hargreaves: the post is down. Second concern this year; the "
                                + "next would prompt a review.")
                        .close(RESOLVED_INFORMALLY, "Post removed; low-level concern recorded."));
    }
}
