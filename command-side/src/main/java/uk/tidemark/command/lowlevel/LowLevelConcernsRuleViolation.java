package uk.tidemark.command.lowlevel;

import uk.tidemark.kernel.RefusedCommandException;

/** A low-level concerns command refused by the table or a rule; the message is the sentence shown. */
public class LowLevelConcernsRuleViolation extends RefusedCommandException {
    LowLevelConcernsRuleViolation(String sentence) {
        super(sentence);
    }
}
