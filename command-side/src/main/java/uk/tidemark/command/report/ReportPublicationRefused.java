package uk.tidemark.command.report;

import uk.tidemark.kernel.RefusedCommandException;

/**
 * A publication of a quarter's report refused by one of its rules ({@link ReportPublicationRule}). Public so that
 * callers can tell it apart; the message is the sentence shown to the DSL.
 */
public class ReportPublicationRefused extends RefusedCommandException {
    ReportPublicationRefused(String sentence) {
        super(sentence);
    }
}
