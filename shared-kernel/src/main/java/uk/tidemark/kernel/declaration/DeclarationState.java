package uk.tidemark.kernel.declaration;

/** The states the transition table is written against. */
public enum DeclarationState {
    DECLARED("a contact declared, not yet noted by a safeguarding lead"),
    NOTED("a contact noted by a safeguarding lead"),
    INCIDENT_LOGGED("a contact turned into an incident by a safeguarding lead"),
    AWAITING_DECISION("an approval sought, awaiting the headteacher's decision"),
    APPROVED("an approval granted by the headteacher"),
    REFUSED("an approval refused by the headteacher");

    private final String meaning;

    DeclarationState(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
