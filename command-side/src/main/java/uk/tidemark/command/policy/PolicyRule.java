package uk.tidemark.command.policy;

import uk.tidemark.command.CommandRule;
import uk.tidemark.kernel.policy.command.*;
import uk.tidemark.kernel.time.DateRefusedException;

/**
 * The command-specific rules of policies and training records, checked after the transition table allowed the
 * command. The wording lives here so that the refusal and docs/policy-transitions.md cannot drift apart.
 */
enum PolicyRule implements CommandRule {
    ACTOR_REQUIRED(Object.class,
            "Every command names who sent it (the signed-in user, as the actor metadata): a publication, an "
                    + "acknowledgement and a training record are each attributed.",
            "This cannot be recorded without knowing who is making the change; sign in and try again."),
    TITLE_AND_TEXT(PublishPolicy.class,
            "A version has a title and a text (the same rule holds for `PublishPolicyVersion`); the application "
                    + "answers a missing one as bad input (400) before it gets here.",
            "A policy needs a title and its text."),
    SOMEBODY_ASKED(PublishPolicy.class,
            "A version asks at least one person to acknowledge it (the same rule holds for "
                    + "`PublishPolicyVersion`): the enabled accounts with the roles chosen in the setting.",
            "Nobody in this setting holds the roles chosen, so nobody would be asked to read the policy; "
                    + "choose other roles."),
    NOT_ASKED_ALREADY(AskToAcknowledge.class,
            "Asking again adds only people not yet asked for the version in force; if everyone named was asked "
                    + "already, nothing changes and the command is refused.",
            "Everyone you chose has already been asked to acknowledge this version of the policy."),
    ASKED_TO_ACKNOWLEDGE(AcknowledgePolicy.class,
            "Only someone asked to acknowledge the version in force may acknowledge it.",
            "You have not been asked to acknowledge this policy."),
    VERSION_IN_FORCE(AcknowledgePolicy.class,
            "The acknowledgement names the version its reader was shown, which must still be the one in force: "
                    + "a version published meanwhile must be read first.",
            "A newer version of this policy has been published since you opened it; read the new version."),
    ONCE_ONLY(AcknowledgePolicy.class,
            "Each person acknowledges each version once.",
            "You have already acknowledged this version of the policy."),
    COMPLETED_NOT_IN_THE_FUTURE(RecordTraining.class,
            "Training is recorded once completed: the day it was completed is not later than today (UK time). "
                    + "The refusal names `completedOn` and is answered as bad input (400).",
            "Training is recorded once completed; the day it was completed cannot be in the future."),
    EXPIRES_AFTER_COMPLETION(RecordTraining.class,
            "A training record that expires does so after the day it was completed. The refusal names "
                    + "`expiresOn` and is answered as bad input (400).",
            "The expiry date must be after the day the training was completed."),
    REMOVED_ONCE(RemoveTrainingRecord.class,
            "A training record is removed once; a removed record cannot be changed.",
            "This training record has already been removed.");

    private final Text text;

    PolicyRule(Class<?> command, String rule, String sentence) {
        this.text = new Text(command, rule, sentence);
    }

    @Override
    public Text text() {
        return text;
    }

    PolicyRuleViolation violation() {
        return new PolicyRuleViolation(sentence());
    }

    /** A rule about one of the command's dates: refused naming its field, as bad input (400). */
    @Override
    public DateRefusedException dateRefusal(String field) {
        return switch (this) {
            case COMPLETED_NOT_IN_THE_FUTURE -> new DateRefusedException(field,
                    "must not be in the future: training is recorded once completed.");
            case EXPIRES_AFTER_COMPLETION -> new DateRefusedException(field,
                    "must be after the day the training was completed.");
            default -> throw new IllegalStateException(name() + " is not a rule about a date");
        };
    }
}
