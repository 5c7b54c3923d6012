package uk.tidemark.kernel.incident;

/**
 * Which line of the retention schedule decides when a closed case is reviewed for destruction (decision 0052). The
 * periods are configurable; the defaults and their sources are in the decision record. The page says the rule in
 * these words, never the constant.
 */
public enum RetentionRule {
    /** A case with a child-protection element: escalated to the police, referred to children's social care or CEOP,
     *  a child at immediate risk, or inappropriate contact with a child. */
    CHILD_PROTECTION("a child protection record",
            "kept until the pupil's 25th birthday; Tidemark records no date of birth, so it is counted from the day "
                    + "the case closed, which can only keep it longer",
            "IRMS Information Management Toolkit for Schools, child protection files (date of birth + 25 years)"),
    /** A case triaged on an allegation route (a low-level concern or the harm threshold) about staff or volunteers. */
    ALLEGATION_AGAINST_STAFF("an allegation against a member of staff or volunteer",
            "kept until the person's normal retirement age or for 10 years from the allegation, whichever is "
                    + "longer; counted from the report, and kept to the retirement date when a lead gives it",
            "Keeping children safe in education 2025, part 4 (record keeping); IRMS Information Management "
                    + "Toolkit for Schools, allegations against staff"),
    /** Any other online-safety incident. */
    ONLINE_SAFETY("an online-safety incident with no child protection element",
            "kept for the period set for online-safety incidents after the case closed",
            "IRMS Information Management Toolkit for Schools, complaints and contentious matters (resolution + 6 "
                    + "years), the Limitation Act 1980's six years for a claim");

    private final String label;
    private final String basis;
    private final String source;

    RetentionRule(String label, String basis, String source) {
        this.label = label;
        this.basis = basis;
        this.source = source;
    }

    /** "a child protection record". */
    public String label() {
        return label;
    }

    /** How the period is counted, in words. */
    public String basis() {
        return basis;
    }

    /** Where the default comes from. */
    public String source() {
        return source;
    }
}
