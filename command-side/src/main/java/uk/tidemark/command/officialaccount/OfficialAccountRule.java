package uk.tidemark.command.officialaccount;

import uk.tidemark.command.CommandRule;
import uk.tidemark.kernel.officialaccount.command.*;

/**
 * The official account's own rules, checked after the transition table allowed the command. The wording lives here
 * so that the refusal and docs/official-account-transitions.md cannot drift apart.
 */
enum OfficialAccountRule implements CommandRule {
    ACTOR_REQUIRED(Object.class,
            "Every command names who sent it (the signed-in user, as the actor metadata).",
            "This cannot be recorded without knowing who is making the change; sign in and try again."),
    NOT_THE_REQUESTER(ApproveOfficialAccount.class,
            "The account is approved or refused by someone other than the member of staff who asked for it "
                    + "(the same rule refuses `RefuseOfficialAccount`).",
            "You asked for this account, so you cannot decide on it: another headteacher or senior leader must."),
    LEAD_BEFORE_APPROVAL(ApproveOfficialAccount.class,
            "An account is approved only while it has a lead, who answers for it.",
            "Name the account's lead before approving it."),
    ONE_PLACE_EACH(AddAccountPerson.class,
            "Someone with a Tidemark user holds one place on an account (lead, administrator or moderator); the "
                    + "same rule refuses `NameAccountLead` for someone already on it.",
            "They already have access to this account."),
    ONLY_ONE_LEAD(NameAccountLead.class,
            "A new lead is named only once the account has none (its lead left or was removed).",
            "This account has a lead; remove the lead from the account first, then name the new one."),
    ON_THE_ACCOUNT(RemoveAccountPerson.class,
            "Access is taken from, and a DBS check recorded for, someone who has it now (the same rule refuses "
                    + "`RecordModeratorDbsCheck`).",
            "That person does not have access to this account."),
    DBS_FOR_MODERATORS(RecordModeratorDbsCheck.class,
            "A DBS check is recorded for a moderator; an administrator or lead is a member of staff checked on "
                    + "appointment.",
            "A DBS check is recorded for the account's moderators only."),
    DATES_NOT_IN_THE_FUTURE(Object.class,
            "A DBS check (`dbsCheckedOn`, `checkedOn`) and a password change (`changedOn`) are recorded once they "
                    + "happened: not later than today (UK time), and between 1900-01-01 and 2100-12-31. The "
                    + "refusal names the field and is answered as bad input (400).",
            "must not be in the future.");

    private final Text text;

    OfficialAccountRule(Class<?> command, String rule, String sentence) {
        this.text = new Text(command, rule, sentence);
    }

    @Override
    public Text text() {
        return text;
    }

    OfficialAccountRuleViolation violation() {
        return new OfficialAccountRuleViolation(sentence());
    }

}
