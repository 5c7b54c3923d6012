package uk.tidemark.command.declaration;

import uk.tidemark.kernel.RefusedCommandException;

/** A declaration command refused by the transition table or by a rule; the message is the sentence shown. */
public class DeclarationRuleViolation extends RefusedCommandException {
    DeclarationRuleViolation(String sentence) {
        super(sentence);
    }
}
