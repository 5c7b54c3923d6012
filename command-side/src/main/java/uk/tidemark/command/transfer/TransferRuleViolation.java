package uk.tidemark.command.transfer;

import uk.tidemark.kernel.RefusedCommandException;

/** A record transfer command refused by a rule; the message is the sentence shown. */
public class TransferRuleViolation extends RefusedCommandException {
    TransferRuleViolation(String sentence) {
        super(sentence);
    }
}
