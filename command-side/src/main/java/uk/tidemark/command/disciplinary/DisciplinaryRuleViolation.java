package uk.tidemark.command.disciplinary;

import uk.tidemark.kernel.RefusedCommandException;

/**
 * A disciplinary command refused by the transition table or by a command-specific rule. Public so that callers
 * can tell a disciplinary refusal apart; the message is the sentence shown to the HR officer.
 */
public class DisciplinaryRuleViolation extends RefusedCommandException {
    DisciplinaryRuleViolation(String sentence) {
        super(sentence);
    }
}
