package uk.tidemark.app.refusal;

/**
 * Answered as 404. Thrown alike for an id that does not exist and for one the caller may not see, with the same
 * detail, so that the answer never tells whether a case exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
