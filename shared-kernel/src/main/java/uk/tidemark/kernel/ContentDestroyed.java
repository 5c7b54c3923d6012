package uk.tidemark.kernel;

/**
 * The event that records that a record's data key was destroyed: from it on, every sealed value of the record reads
 * back as {@link ErasureGround#marker}. Read models hearing it rebuild what they hold of the record from its own
 * events, which now read back erased (decision 0051).
 */
public interface ContentDestroyed extends DataKeyed {

    ErasureGround ground();
}
