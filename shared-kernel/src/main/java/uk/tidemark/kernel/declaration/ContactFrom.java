package uk.tidemark.kernel.declaration;

/** Who made contact with the member of staff on a personal account. */
public enum ContactFrom {
    PUPIL, EX_PUPIL, PARENT
}
