package uk.tidemark.command.consent;

import uk.tidemark.command.CommandRule;
import uk.tidemark.kernel.consent.command.ChangeImageConsent;
import uk.tidemark.kernel.consent.command.EndImageConsent;
import uk.tidemark.kernel.consent.command.RecordImageConsent;
import uk.tidemark.kernel.consent.command.ReviewImageConsent;
import uk.tidemark.kernel.time.DateWindow;

/**
 * The command-specific rules of the image consent register, checked after the transition table; the wording lives
 * here so that the refusals and docs/image-consent-transitions.md cannot drift apart.
 */
enum ImageConsentRule implements CommandRule {
    ACTOR_REQUIRED(Object.class,
            "Every command names who sent it (the signed-in user, as the actor metadata).",
            "This cannot be recorded without knowing who is making the change; sign in and try again."),
    DATES_IN_THE_WINDOW(Object.class,
            "Every date a command carries is between 1900-01-01 and 2100-12-31 (decision 0027). The refusal names "
                    + "the field and is answered as bad input (400).",
            "The {field} " + DateWindow.OUTSIDE),
    WHAT_IS_ALLOWED(RecordImageConsent.class,
            "An entry says what is allowed (ALL, NO_NAME, FIRST_NAME_ONLY or NONE), where it came from, and names "
                    + "the pupil by person id and name.",
            "Say which pupil this is, what their parents allow and where that came from."),
    GIVEN_NOT_IN_THE_FUTURE(RecordImageConsent.class,
            "The day consent was given (today when none is given) is not later than today (UK time): the annual "
                    + "review falls due a year from it. Checked for `ChangeImageConsent` too. Answered as bad "
                    + "input (400) naming `givenOn`.",
            "must not be in the future: record consent once it has been given."),
    CHANGE_CHANGES_SOMETHING(ChangeImageConsent.class,
            "A change on an active entry says what is allowed and where it came from, and differs from what the "
                    + "entry says (what is allowed, the source or the day); a confirmation is a review.",
            "This is what the register already says; to confirm it, record a review."),
    REVIEWED_NOT_IN_THE_FUTURE(ReviewImageConsent.class,
            "A review is recorded once it has taken place: its day (today when none is given) is not later than "
                    + "today and not before the day consent was given. Answered as bad input (400) naming "
                    + "`reviewedOn`.",
            "must not be in the future, nor before the day consent was given."),
    END_SAYS_WHY(EndImageConsent.class,
            "Ending an entry says why (the pupil left, moved school).",
            "Say why the entry ends, for example that the pupil left the setting.");

    private final Text text;

    ImageConsentRule(Class<?> command, String rule, String sentence) {
        this.text = new Text(command, rule, sentence);
    }

    @Override
    public Text text() {
        return text;
    }

    ImageConsentRuleViolation violation() {
        return new ImageConsentRuleViolation(sentence());
    }

}
