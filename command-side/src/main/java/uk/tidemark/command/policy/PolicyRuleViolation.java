package uk.tidemark.command.policy;

import uk.tidemark.kernel.RefusedCommandException;

/** A policy or training command refused by the transition table or a rule; the message is the sentence shown. */
public class PolicyRuleViolation extends RefusedCommandException {
    PolicyRuleViolation(String sentence) {
        super(sentence);
    }
}
