package uk.tidemark.command.sar;

import uk.tidemark.command.CommandRule;
import uk.tidemark.kernel.sar.command.*;

/**
 * The subject access request's own rules, checked after the transition table allowed the command. The wording lives
 * here so that the refusal and docs/subject-access-transitions.md cannot drift apart.
 */
enum SubjectAccessRule implements CommandRule {
    ACTOR_REQUIRED(Object.class,
            "Every command names who sent it (the signed-in user, as the actor metadata).",
            "This cannot be recorded without knowing who is making the change; sign in and try again."),
    WHOSE_AND_WHEN(ReceiveSubjectAccessRequest.class,
            "A request names the person whose records are asked for, who asked, and the day it was received.",
            "Say whose records are asked for, who asked and the day the request was received."),
    EXTENDED_ONCE(ExtendSubjectAccess.class,
            "The response is extended once only, by two further months (UK GDPR article 12(3)), with the reason.",
            "This request has already been extended; it cannot be extended again."),
    REASON_FOR_AN_EXTENSION(ExtendSubjectAccess.class,
            "An extension says why the request is complex: the person is told within the first month.",
            "Say why this request needs longer."),
    A_PASSAGE_IN_AN_ENTRY(MarkRedaction.class,
            "A redaction names the entry it is in.",
            "Say which entry the passage to redact is in."),
    BUNDLE_HASHED(ReleaseSubjectAccess.class,
            "A release records the SHA-256 of the PDF and of the JSON exactly as stored.",
            "The bundle could not be recorded; try releasing it again."),
    GROUND_WITH_WHAT_IS_WITHHELD(ReleaseSubjectAccess.class,
            "A partial disclosure says what is withheld together with its legal ground, or neither for a release "
                    + "in full.",
            "Say what is withheld and on which legal ground, or release the bundle in full."),
    GROUND_AND_REASONS_FOR_A_REFUSAL(RefuseSubjectAccess.class,
            "A refusal records its legal ground and the reasons the requester is told.",
            "Choose the legal ground for the refusal and give the reasons.");

    private final Text text;

    SubjectAccessRule(Class<?> command, String rule, String sentence) {
        this.text = new Text(command, rule, sentence);
    }

    @Override
    public Text text() {
        return text;
    }

    SubjectAccessRuleViolation violation() {
        return new SubjectAccessRuleViolation(sentence());
    }
}
