package uk.tidemark.command.complaint;

import uk.tidemark.kernel.RefusedCommandException;

/**
 * A complaint command refused by the transition table or by a command-specific rule. Public so that callers
 * can tell a complaint refusal apart; the message is the sentence shown to the school business manager.
 */
public class ComplaintRuleViolation extends RefusedCommandException {
    ComplaintRuleViolation(String sentence) {
        super(sentence);
    }
}
