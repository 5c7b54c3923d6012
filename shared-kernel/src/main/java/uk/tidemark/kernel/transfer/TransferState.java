package uk.tidemark.kernel.transfer;

/** Where a record transfer stands (decision 0055). */
public enum TransferState {
    /** Sent: within the trust the cases have moved; to an outside school, recorded but not yet delivered. */
    STARTED("Waiting for receipt"),
    /** To an outside school: the file was delivered, its confirmation is awaited. */
    DELIVERED("Delivered, waiting for confirmation"),
    /** The receiving setting acknowledged receipt, or the outside school's confirmation was recorded. */
    RECEIVED("Receipt confirmed");

    private final String words;

    TransferState(String words) {
        this.words = words;
    }

    /** How the pages say it. */
    public String words() {
        return words;
    }
}
