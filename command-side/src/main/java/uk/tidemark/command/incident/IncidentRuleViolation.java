package uk.tidemark.command.incident;

import uk.tidemark.kernel.RefusedCommandException;

/**
 * An incident command refused by the transition table or by a command-specific rule. Public so that callers
 * can tell an incident refusal apart; the message is the sentence shown to the DSL.
 */
public class IncidentRuleViolation extends RefusedCommandException {
    IncidentRuleViolation(String sentence) {
        super(sentence);
    }
}
