package uk.tidemark.app.evidence;

/**
 * An upload Tidemark does not keep: too large (413) or of a type it does not accept (415). Nothing of it is stored.
 */
public class FileRefusedException extends RuntimeException {

    public enum Reason { TOO_LARGE, TYPE_NOT_ACCEPTED, EMPTY }

    private final Reason reason;
    private final String predicate;

    /** @param predicate what is wrong with the file, without its subject ("must be smaller than 20 MB") */
    FileRefusedException(Reason reason, String predicate) {
        super(reason.name()); // never the file's name or contents: messages may reach a log
        this.reason = reason;
        this.predicate = predicate;
    }

    public Reason reason() {
        return reason;
    }

    /** The sentence for the person who uploaded it, as GOV.UK words it: "The selected file must be ...". */
    public String detail() {
        return "The selected file " + predicate + ".";
    }

    /** The sentence about one of several files, named: "The file “IMG_0042.HEIC” must be ...". */
    public String about(String fileName) {
        return "The file \u201c" + fileName + "\u201d " + predicate + ".";
    }
}
