package uk.tidemark.command.consent;

import uk.tidemark.kernel.consent.ImageConsentState;
import uk.tidemark.kernel.consent.ImageConsentTransitionTable;
import uk.tidemark.kernel.consent.ImageConsentTransitionTable.Row;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The aggregate's use of {@link ImageConsentTransitionTable}: the check before any command-specific rule, and
 * docs/image-consent-transitions.md rendered from the table and the rules ({@link #toMarkdown()}); a test fails when
 * the docs differ.
 */
final class ImageConsentTransitions {

    private ImageConsentTransitions() {
    }

    static void check(Object command, ImageConsentState state) {
        ImageConsentTransitionTable.refusal(command.getClass(), state).ifPresent(sentence -> {
            throw new ImageConsentRuleViolation(sentence);
        });
    }

    static String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Image consent register: transitions and rules\n\n")
                .append("<!-- Generated from ImageConsentTransitions and ImageConsentRule (command-side); do not edit by hand.\n")
                .append("     Regenerate from the repository root: mvn -o -pl shared-kernel,command-side test -Dtest=ImageConsentTransitionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true -->\n\n")
                .append("Each pupil has at most one entry in each setting's register (its id is made from the setting ")
                .append("and the pupil's person id, so a second `RecordImageConsent` of the same pupil is refused as a ")
                .append("conflict, 409). `RecordImageConsent` starts an entry in ACTIVE; whoever records it is the ")
                .append("signed-in user (the `actor` metadata). A command on an existing entry is checked against the ")
                .append("table, then against the command-specific rules. A refused command changes nothing and ")
                .append("answers with the sentence shown.\n\n")
                .append("What may be published: `ALL` (no restriction; an entry can be changed back to it), `NO_NAME` ")
                .append("(images without the pupil's name), `FIRST_NAME_ONLY`, `NONE` (no images). Where it came from: ")
                .append("`ENROLMENT_FORM`, `MIS_IMPORT`, `PARENT_REQUEST`, `OTHER`.\n\n")
                .append("## States\n\n| State | Meaning |\n|---|---|\n");
        for (ImageConsentState state : ImageConsentState.values()) {
            md.append("| ").append(state).append(" | ").append(state.meaning()).append(" |\n");
        }
        md.append("\n## Commands by state\n\n| Command |");
        for (ImageConsentState state : ImageConsentState.values()) {
            md.append(' ').append(state).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(ImageConsentState.values().length)).append('\n');
        for (Row row : ImageConsentTransitionTable.rows()) {
            md.append("| `").append(row.command().getSimpleName()).append("` |");
            for (ImageConsentState state : ImageConsentState.values()) {
                md.append(row.allows(state) ? " allowed |" : " refused |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (Row row : ImageConsentTransitionTable.rows()) {
            md.append("### `").append(row.command().getSimpleName()).append("`: ").append(row.action()).append("\n\n")
                    .append("Allowed in: ").append(String.join(", ", allowedStates(row))).append(".\n\n");
            if (!row.refusals().isEmpty()) {
                md.append("| Refused in | Refusal |\n|---|---|\n");
                for (Map.Entry<ImageConsentState, String> refusal : row.refusals().entrySet()) {
                    md.append("| ").append(refusal.getKey()).append(" | ").append(refusal.getValue()).append(" |\n");
                }
                md.append('\n');
            }
        }
        md.append("## Command-specific rules\n\nListed in the order they are checked.\n\n")
                .append("| Command | Rule | Refusal |\n|---|---|---|\n");
        for (ImageConsentRule rule : ImageConsentRule.values()) {
            md.append("| ").append(rule.commandName()).append(" | ").append(rule.rule())
                    .append(" | ").append(rule.sentence()).append(" |\n");
        }
        md.append("\n## Deadlines\n\n")
                .append("| Deadline | Set by | Due | Met by |\n|---|---|---|---|\n")
                .append("| CONSENT_REVIEW (on the entry, answerable to the setting's DSLs) | `ImageConsentRecorded`, ")
                .append("`ImageConsentChanged`, `ImageConsentReviewed` | the end of the first working day of the ")
                .append("setting's calendar on or after a year from the day consent was given or reviewed ")
                .append("(`reviewBy`) | the next `ImageConsentChanged` or `ImageConsentReviewed`; ")
                .append("`ImageConsentEnded` cancels it |\n")
                .append("| IMAGE_REMOVAL (on the incident) | `OptedOutPupilNoted` | the end of the working day ")
                .append("`tidemark.image-consent.removal-working-days` (default 1: the next working day) after the ")
                .append("pupil was noted | `ContentActionRecorded` with POST_DELETED, POST_HIDDEN or REMOVAL_REQUESTED; ")
                .append("closing the case cancels it |\n")
                .append("\n## The incident link\n\n")
                .append("When an incident whose category (main or other) is IMAGE_CONSENT_BREACH names a pupil by ")
                .append("person id (as it is logged, as a person is added, or as its category changes to it), the ")
                .append("image consent policy reads the register of the case's setting and, for each named pupil ")
                .append("whose active entry allows anything other than ALL, sends the case `NoteOptedOutPupil`. The ")
                .append("case applies `OptedOutPupilNoted` once per pupil and sets one IMAGE_REMOVAL deadline (none ")
                .append("if an image was already taken down). The command is refused on a closed case, on a case that ")
                .append("is not a breach of image consent, for a ")
                .append("pupil not on the case, or for ALL; sent again for a pupil already noted, it changes nothing.\n");
        return md.toString();
    }

    private static List<String> allowedStates(Row row) {
        return Arrays.stream(ImageConsentState.values()).filter(row::allows).map(Enum::name).toList();
    }
}
