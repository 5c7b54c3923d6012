package uk.tidemark.app.web.sar;

import uk.tidemark.kernel.sar.SubjectAccessState;
import uk.tidemark.kernel.sar.query.SubjectAccessView;

/** The subject access pages' words for states and grounds. */
public final class SubjectAccessWords {

    public String state(SubjectAccessState state) {
        return switch (state) {
            case RECEIVED -> "Received";
            case IN_REVIEW -> "In review";
            case RELEASED -> "Released";
            case PARTLY_DISCLOSED -> "Partly disclosed";
            case REFUSED -> "Refused";
        };
    }

    public String tag(SubjectAccessState state) {
        return switch (state) {
            case RECEIVED -> "govuk-tag--blue";
            case IN_REVIEW -> "govuk-tag--yellow";
            case RELEASED, PARTLY_DISCLOSED -> "govuk-tag--green";
            case REFUSED -> "govuk-tag--grey";
        };
    }

    /** The ground recorded, in words, or null. */
    public String ground(SubjectAccessView r) {
        return r.ground() == null ? null : r.ground().words();
    }
}
