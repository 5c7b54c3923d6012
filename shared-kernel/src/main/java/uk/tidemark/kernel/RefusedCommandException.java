package uk.tidemark.kernel;

/**
 * A command refused by an aggregate's rules. The message is a sentence a DSL would understand ("A closed case
 * cannot be warned on; reopen it first."); the API answers it as 409 with that sentence as the detail.
 * Aggregates throw subclasses named after their capability.
 */
public class RefusedCommandException extends RuntimeException {
    public RefusedCommandException(String sentence) {
        super(sentence);
    }
}
