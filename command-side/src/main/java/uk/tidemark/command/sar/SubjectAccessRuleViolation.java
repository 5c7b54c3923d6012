package uk.tidemark.command.sar;

import uk.tidemark.kernel.RefusedCommandException;

/** A subject access command refused by the transition table or by a rule; the message is the sentence shown. */
public class SubjectAccessRuleViolation extends RefusedCommandException {
    SubjectAccessRuleViolation(String sentence) {
        super(sentence);
    }
}
