package uk.tidemark.query.register;

/**
 * The one processing group of the five registers' projections (issue 18, decision 0050), and the collection each
 * keeps. Every register document keeps the few words that name its record in a field {@code summary}, which the
 * deadline board shows beside the record's deadlines ({@code DeadlineBoardQueries}).
 */
public final class RegisterProjections {

    public static final String PROCESSING_GROUP = "registers";

    public static final String IMAGE_CONSENT = "image_consent";
    public static final String OFFICIAL_ACCOUNTS = "official_accounts";
    public static final String POLICIES = "policies";
    /** The training records kept beside the policies (issue 18, item 3). */
    public static final String POLICY_TRAINING = "policy_training";
    public static final String DECLARATIONS = "declarations";
    public static final String LOW_LEVEL_CONCERNS = "low_level_concerns";

    private RegisterProjections() {
    }
}
