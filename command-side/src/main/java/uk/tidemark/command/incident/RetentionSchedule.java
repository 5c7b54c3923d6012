package uk.tidemark.command.incident;

import uk.tidemark.kernel.incident.RetentionRule;

import java.time.LocalDate;

/**
 * The retention schedule of incident cases as in force for one command ({@link RetentionCommandConfig}): how many
 * years each kind of case is kept before its review (decision 0052, where each default's source is given).
 *
 * @param childProtectionYears  years after closing a case with a child-protection element; 25 by default (the
 *                              pupil's 25th birthday, counted from the close because no date of birth is recorded)
 * @param allegationYears       years from the report of an allegation against staff; 10 by default (or the
 *                              person's retirement date, which a lead gives by keeping the case longer)
 * @param onlineSafetyYears     years after closing any other online-safety incident; 6 by default
 */
public record RetentionSchedule(int childProtectionYears, int allegationYears, int onlineSafetyYears) {

    public static final RetentionSchedule DEFAULT = new RetentionSchedule(25, 10, 6);

    /** The longest period an administrator may set: a century is already beyond any schedule. */
    public static final int MAX_YEARS = 100;

    public RetentionSchedule {
        for (int years : new int[]{childProtectionYears, allegationYears, onlineSafetyYears}) {
            if (years < 1 || years > MAX_YEARS) {
                throw new IllegalArgumentException("a retention period is from 1 to " + MAX_YEARS + " years");
            }
        }
    }

    /** The review the schedule sets for a case: its rule and the date it names. */
    public record Review(RetentionRule rule, LocalDate on) {
    }

    /**
     * The latest date any line that applies to the case gives (the conservative reading: a case that is two kinds of
     * record is kept as long as the longer asks). Every case is at least an online-safety incident; on a tie the more
     * specific line names the rule.
     */
    public Review reviewOf(LocalDate reportedOn, LocalDate closedOn, boolean childProtection, boolean allegation) {
        Review review = new Review(RetentionRule.ONLINE_SAFETY, closedOn.plusYears(onlineSafetyYears));
        if (allegation) {
            review = later(review, new Review(RetentionRule.ALLEGATION_AGAINST_STAFF,
                    reportedOn.plusYears(allegationYears)));
        }
        if (childProtection) {
            review = later(review, new Review(RetentionRule.CHILD_PROTECTION, closedOn.plusYears(childProtectionYears)));
        }
        return review;
    }

    private static Review later(Review current, Review candidate) {
        return candidate.on().isBefore(current.on()) ? current : candidate;
    }
}
