package uk.tidemark.kernel;

/**
 * An event whose personal content ({@link Personal}) is sealed under the data key of one record: its case, register
 * entry or person. The key's id is the record's aggregate id, so destroying it erases that record's personal content
 * and nothing else (decision 0051).
 */
public interface DataKeyed {

    /** The id of the data key that seals this event's personal content: the id of the record it belongs to. */
    String dataKey();
}
