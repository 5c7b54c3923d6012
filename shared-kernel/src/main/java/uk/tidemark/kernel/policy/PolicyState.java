package uk.tidemark.kernel.policy;

/** Where a policy stands: its current version in force and asked of staff, or retired (nothing more asked). */
public enum PolicyState {
    PUBLISHED("A version is in force; the staff it names are asked to read and acknowledge it."),
    RETIRED("The policy was withdrawn; nobody is asked to acknowledge it any more.");

    private final String meaning;

    PolicyState(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
