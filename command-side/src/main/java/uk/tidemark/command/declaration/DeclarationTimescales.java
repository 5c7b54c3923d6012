package uk.tidemark.command.declaration;

/**
 * How many working days the headteacher has to decide a request for approval, counted from the day it was made
 * (which never counts) on the setting's calendar.
 */
public record DeclarationTimescales(int decisionDays) {

    public DeclarationTimescales {
        if (decisionDays < 1) {
            throw new IllegalArgumentException("the decision timescale is at least one working day");
        }
    }

    /** Five working days: seed 004 asks for the headteacher's approval before a site is set up, not weeks after. */
    public static DeclarationTimescales defaults() {
        return new DeclarationTimescales(5);
    }
}
