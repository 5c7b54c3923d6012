package uk.tidemark.command.declaration;

import uk.tidemark.command.CommandRule;
import uk.tidemark.kernel.declaration.command.DecideDeclaration;
import uk.tidemark.kernel.declaration.command.MakeDeclaration;

/**
 * The declaration's own rules, checked after the transition table allowed the command. The wording lives here so
 * that the refusal and docs/declaration-transitions.md cannot drift apart.
 */
enum DeclarationRule implements CommandRule {
    ACTOR_REQUIRED(Object.class,
            "Every command names who sent it (the signed-in user, as the actor metadata).",
            "This cannot be recorded without knowing who is making the change; sign in and try again."),
    DETAILS_MATCH_THE_KIND(MakeDeclaration.class,
            "A contact declaration carries the contact and no approval; a request for approval carries what is "
                    + "sought and no contact.",
            "Say either what contact you had or what you would like approved, to match what you are declaring."),
    NOT_BY_THE_DECLARER(Object.class,
            "Nobody notes, decides or turns into an incident their own declaration: a headteacher's own request "
                    + "for approval, or a safeguarding lead's own contact, is another's to deal with.",
            "You made this declaration; someone else must deal with it."),
    REASONS_FOR_A_REFUSAL(DecideDeclaration.class,
            "A decision gives its reasons (a refusal especially: the member of staff is told why).",
            "Give the reasons for the decision.");

    private final Text text;

    DeclarationRule(Class<?> command, String rule, String sentence) {
        this.text = new Text(command, rule, sentence);
    }

    @Override
    public Text text() {
        return text;
    }

    DeclarationRuleViolation violation() {
        return new DeclarationRuleViolation(sentence());
    }
}
