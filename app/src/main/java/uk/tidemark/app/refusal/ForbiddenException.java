package uk.tidemark.app.refusal;

/**
 * Answered as 403: the caller knows the resource exists (it is theirs to see) but may not do this to it.
 * Never thrown for a resource the caller may not see at all: that is a {@link NotFoundException}.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
