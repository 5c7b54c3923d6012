package uk.tidemark.kernel.declaration;

/**
 * What a member of staff declares: contact from a pupil, ex-pupil or parent on a personal account (read by the
 * setting's safeguarding leads), or an approval they seek (decided by the headteacher).
 */
public enum DeclarationKind {
    CONTACT, APPROVAL
}
