package uk.tidemark.command.complaint;

import uk.tidemark.kernel.complaint.command.RecordPanelHearing;

/**
 * The command-specific rules, checked after the transition table allowed the command in the complaint's state.
 * The aggregate decides when a rule is broken; the wording lives here so that the refusal and the generated
 * docs (docs/complaint-transitions.md) cannot drift apart.
 */
enum ComplaintRule {
    ACTOR_REQUIRED(Object.class,
            "Every command names who sent it (the signed-in user, as the actor metadata), because every step of a "
                    + "complaint is attributed.",
            "This cannot be recorded without knowing who is making the change; sign in and try again."),
    HEARING_NOT_IN_THE_FUTURE(RecordPanelHearing.class,
            "A hearing is recorded once it has been held, so its date cannot be later than today (UK time).",
            "A panel hearing can only be recorded once it has taken place; its date cannot be in the future.");

    private final Class<?> command;
    private final String rule;
    private final String sentence;

    ComplaintRule(Class<?> command, String rule, String sentence) {
        this.command = command;
        this.rule = rule;
        this.sentence = sentence;
    }

    Class<?> command() {
        return command;
    }

    /** How the docs name the command the rule applies to. */
    String commandName() {
        return command == Object.class ? "every command" : "`" + command.getSimpleName() + "`";
    }

    String rule() {
        return rule;
    }

    String sentence() {
        return sentence;
    }

    ComplaintRuleViolation violation() {
        return new ComplaintRuleViolation(sentence);
    }
}
