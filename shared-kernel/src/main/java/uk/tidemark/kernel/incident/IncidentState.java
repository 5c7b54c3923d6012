package uk.tidemark.kernel.incident;

/**
 * The states the transition table is written against. Coarser than the kernel's {@code Stage}: which commands
 * a case accepts depends only on whether it is untriaged, open and triaged, or closed; how far an open case has
 * got (action taken, escalated) is for the read side to show.
 */
public enum IncidentState {
    NEW("logged, not yet triaged"),
    TRIAGED("open and triaged"),
    CLOSED("closed");

    private final String meaning;

    IncidentState(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
