package uk.tidemark.command.officialaccount;

import uk.tidemark.kernel.RefusedCommandException;

/** An official account command refused by the transition table or a rule; the message is the sentence shown. */
public class OfficialAccountRuleViolation extends RefusedCommandException {
    OfficialAccountRuleViolation(String sentence) {
        super(sentence);
    }
}
