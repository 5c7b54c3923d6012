package uk.tidemark.command.lowlevel;

import uk.tidemark.command.CommandRule;
import uk.tidemark.kernel.lowlevel.command.RecordLowLevelConcernReview;

/** The record's own rules, checked once the table allows the command; the wording is also the docs'. */
enum LowLevelConcernsRule implements CommandRule {
    ACTOR_REQUIRED(Object.class, "Every command names who sent it (the signed-in user, or for the triage policy the "
            + "user who triaged).",
            "This cannot be recorded without knowing who is making the change; sign in and try again."),
    OUTCOME_REQUIRED(RecordLowLevelConcernReview.class, "A review records its outcome.",
            "Say what the review decided."),
    NOT_BY_THE_MEMBER_OF_STAFF(RecordLowLevelConcernReview.class,
            "The member of staff the concerns are about never reviews them (conflict of interest, decision 0012).",
            "These concerns are about you; someone else must review them.");

    private final Text text;

    LowLevelConcernsRule(Class<?> command, String rule, String sentence) {
        this.text = new Text(command, rule, sentence);
    }

    @Override
    public Text text() {
        return text;
    }

    LowLevelConcernsRuleViolation violation() {
        return new LowLevelConcernsRuleViolation(sentence());
    }
}
