package uk.tidemark.kernel;

/**
 * A command sent by a user who is a subject of the case (a conflict of interest). Not a refusal the user may read
 * (that would tell them the case exists and concerns them): the API answers it exactly as it answers an unknown id.
 * The web layer checks first; the aggregate refuses again because only it knows every link at the moment of the
 * command.
 */
public class SubjectOfCaseException extends RuntimeException {
    public SubjectOfCaseException() {
        super("The sender is a subject of this case.");
    }
}
