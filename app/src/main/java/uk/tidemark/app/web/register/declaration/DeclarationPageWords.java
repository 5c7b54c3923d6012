package uk.tidemark.app.web.register.declaration;

import uk.tidemark.kernel.declaration.query.DeclarationView;

/**
 * The words a declaration's pages show for its values, as a model attribute: restricted-mode templates may call
 * methods on it (not on request objects).
 */
public class DeclarationPageWords {

    public String state(DeclarationView d) {
        return DeclarationWords.state(d.state());
    }

    public String kind(DeclarationView d) {
        return DeclarationWords.kind(d.kind());
    }

    /** A few words on what was declared: the contact, or what is sought. */
    public String about(DeclarationView d) {
        if (d.contact() != null) {
            var c = d.contact();
            return DeclarationWords.capital(DeclarationWords.contactKind(c.kind())) + " from "
                    + DeclarationWords.from(c.from()) + " on " + DeclarationWords.platform(c.platform());
        }
        return d.approval() == null ? "" : DeclarationWords.approvalKind(d.approval().kind());
    }

    public String from(DeclarationView d) {
        return d.contact() == null ? "" : DeclarationWords.from(d.contact().from());
    }

    public String platform(DeclarationView d) {
        return d.contact() == null ? "" : DeclarationWords.platform(d.contact().platform());
    }

    public boolean waiting(DeclarationView d) {
        return switch (d.state()) {
            case DECLARED, AWAITING_DECISION -> true;
            default -> false;
        };
    }
}
