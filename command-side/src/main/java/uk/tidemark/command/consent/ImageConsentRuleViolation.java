package uk.tidemark.command.consent;

import uk.tidemark.kernel.RefusedCommandException;

/** An image consent command refused by the transition table or a rule; the message is the sentence shown. */
public class ImageConsentRuleViolation extends RefusedCommandException {
    ImageConsentRuleViolation(String sentence) {
        super(sentence);
    }
}
