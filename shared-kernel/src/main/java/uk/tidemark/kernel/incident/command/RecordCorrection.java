package uk.tidemark.kernel.incident.command;

/**
 * A correction of the case's record: a person added or corrected, the category changed, the report amended. Each
 * says why; the report as first logged is kept, and the chronology shows what changed from what.
 */
public interface RecordCorrection {

    String reason();
}
