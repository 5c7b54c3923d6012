package uk.tidemark.kernel.sar;

import uk.tidemark.kernel.sar.command.*;
import uk.tidemark.kernel.transition.TransitionRow;
import uk.tidemark.kernel.transition.Verdicts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static uk.tidemark.kernel.sar.SubjectAccessState.*;

/**
 * The one table of which commands a subject access request accepts in which state, and what a refusal says. The
 * aggregate checks it before its own rules (command-side {@code SubjectAccessTransitions}, which renders
 * docs/subject-access-transitions.md from it); the request's page offers an action only where it allows it.
 */
public final class SubjectAccessTransitionTable {

    /** One command and, for each state in which it is refused, the sentence the user is given. */
    public record Row(Class<?> command, String action, Map<SubjectAccessState, String> refusals)
            implements TransitionRow<SubjectAccessState> {
    }

    private static final String ANSWERED = "This request has already been answered; nothing more can be changed.";
    private static final String NOT_STARTED = "Start the review of the records first.";
    private static final String STARTED = "The review of the records has already started.";

    private static final List<Row> ROWS = List.of(
            row(StartSubjectAccessReview.class, "start gathering and reviewing the records (a safeguarding lead)")
                    .allowedIn(RECEIVED)
                    .refusedIn(STARTED, IN_REVIEW)
                    .refusedIn(ANSWERED, RELEASED, PARTLY_DISCLOSED, REFUSED).build(),
            row(MarkRedaction.class, "mark a passage of a record for redaction, or unmark it (a safeguarding lead)")
                    .allowedIn(IN_REVIEW)
                    .refusedIn(NOT_STARTED, RECEIVED)
                    .refusedIn(ANSWERED, RELEASED, PARTLY_DISCLOSED, REFUSED).build(),
            row(ExtendSubjectAccess.class, "extend the deadline by two further months for a complex request, with "
                    + "the reason (a safeguarding lead)")
                    .allowedIn(RECEIVED, IN_REVIEW)
                    .refusedIn(ANSWERED, RELEASED, PARTLY_DISCLOSED, REFUSED).build(),
            row(ReleaseSubjectAccess.class, "release the reviewed bundle, in full or with part withheld on a legal "
                    + "ground (a safeguarding lead)")
                    .allowedIn(IN_REVIEW)
                    .refusedIn("Nothing is released without a review: start the review of the records first.",
                            RECEIVED)
                    .refusedIn(ANSWERED, RELEASED, PARTLY_DISCLOSED, REFUSED).build(),
            row(RefuseSubjectAccess.class, "refuse the request on a legal ground (a safeguarding lead)")
                    .allowedIn(RECEIVED, IN_REVIEW)
                    .refusedIn(ANSWERED, RELEASED, PARTLY_DISCLOSED, REFUSED).build());

    private SubjectAccessTransitionTable() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    public static Optional<String> refusal(Class<?> command, SubjectAccessState state) {
        return TransitionRow.refusal(ROWS, command, state);
    }

    public static boolean allows(Class<?> command, SubjectAccessState state) {
        return TransitionRow.find(ROWS, command).allows(state);
    }

    private static Verdicts<SubjectAccessState, Row> row(Class<?> command, String action) {
        return Verdicts.row(command, action, SubjectAccessState.class, Row::new);
    }
}
