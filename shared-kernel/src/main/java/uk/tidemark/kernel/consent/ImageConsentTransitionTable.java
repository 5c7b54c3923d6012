package uk.tidemark.kernel.consent;

import uk.tidemark.kernel.consent.command.ChangeImageConsent;
import uk.tidemark.kernel.consent.command.EndImageConsent;
import uk.tidemark.kernel.consent.command.ReviewImageConsent;
import uk.tidemark.kernel.transition.TransitionRow;

import java.util.*;

/**
 * The one table of which commands a pupil's image consent entry accepts in which state, and what a refusal says.
 * The aggregate checks it before any command-specific rule (command-side {@code ImageConsentTransitions}, which
 * renders docs/image-consent-transitions.md from it); the entry's page offers an action only where it allows it.
 * A row that leaves a state undecided fails when the class loads.
 */
public final class ImageConsentTransitionTable {

    /** One command and, for each state in which it is refused, the sentence the DSL is given. */
    public record Row(Class<?> command, String action, Map<ImageConsentState, String> refusals)
            implements TransitionRow<ImageConsentState> {
    }

    public static final String ENDED_REFUSAL = "This pupil's entry ended when they left the setting; if they are "
            + "back, record what their parents allow now.";

    private static final List<Row> ROWS = List.of(
            row(ChangeImageConsent.class, "record what the parents allow now (on an ended entry: the pupil is back)",
                    Map.of()),
            row(ReviewImageConsent.class, "record the annual review: what is allowed stands",
                    Map.of(ImageConsentState.ENDED, ENDED_REFUSAL)),
            row(EndImageConsent.class, "end the entry: the pupil left the setting",
                    Map.of(ImageConsentState.ENDED, "This pupil's entry has already ended.")));

    private ImageConsentTransitionTable() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    public static Optional<String> refusal(Class<?> command, ImageConsentState state) {
        return TransitionRow.refusal(ROWS, command, state);
    }

    public static boolean allows(Class<?> command, ImageConsentState state) {
        return TransitionRow.find(ROWS, command).allows(state);
    }

    private static Row row(Class<?> command, String action, Map<ImageConsentState, String> refusals) {
        for (String sentence : refusals.values()) {
            if (sentence == null || sentence.isBlank()) {
                throw new IllegalStateException(command.getSimpleName() + " refuses without a sentence");
            }
        }
        return new Row(command, action, Collections.unmodifiableMap(refusals.isEmpty()
                ? new EnumMap<>(ImageConsentState.class) : new EnumMap<>(refusals)));
    }
}
