package uk.tidemark.kernel.register;

/**
 * The processor of the policies that feed the registers from the cases (issue 18, decision 0050): the low-level
 * concerns register from the triage, and an image-consent-breach case from the image consent register. It sends
 * commands, so it is never replayed; being new, an installation that upgrades starts it from the first stored event,
 * so every case triaged as a low-level concern before the upgrade is counted too, once.
 */
public final class RegisterPolicies {

    public static final String PROCESSING_GROUP = "register-policies";

    private RegisterPolicies() {
    }
}
