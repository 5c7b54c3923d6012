package uk.tidemark.kernel.report;

import java.util.List;
import java.util.Map;

/**
 * The trustees' quarterly report (BRIEF.md "trustee quarterly report"): per setting, and for all of them
 * together, the quarter's figures beside the previous quarter's for the trend. Counts only: no names, no free
 * text, no case ids; every count has been through {@link SuppressedCount}, every share and median through
 * {@link SuppressedFigure}. Each breakdown holds every value of its enum, in the enum's order, zeros included.
 */
public record QuarterlyReport(Quarter quarter, Quarter previousQuarter, List<SettingReport> settings,
                              SettingReport allSettings) {

    /** One setting's column of the report ({@code settingId} null for all the settings together). */
    public record SettingReport(String settingId, Figures current, Figures previous) {
    }

    /**
     * One quarter's figures. A case counts in the quarter it was logged, opened or received; a deadline in the
     * quarter it was set. {@code byStageReached} is the furthest open stage a case reached (a closed case keeps
     * its stage); {@code byOutcome} the closed cases by outcome; {@code referralsByAgency} the cases referred
     * to each agency; {@code disciplinaryOutcomes} the outcome that stands after any appeal, or
     * {@code NO_OUTCOME} while there is none; {@code complaintsByStage} where each complaint stands now.
     */
    public record Figures(SuppressedCount cases,
                          Map<String, SuppressedCount> byCategory,
                          Map<String, SuppressedCount> byStageReached,
                          SuppressedCount closedCases,
                          Map<String, SuppressedCount> byOutcome,
                          SuppressedCount policeEscalations,
                          Map<String, SuppressedCount> referralsByAgency,
                          SuppressedCount disciplinaryCases,
                          Map<String, SuppressedCount> disciplinaryOutcomes,
                          SuppressedCount complaints,
                          Map<String, SuppressedCount> complaintsByStage,
                          SuppressedFigure medianFirstResponse,
                          Map<String, DeadlineFigures> deadlines) {
    }

    /**
     * The deadlines of one kind set in the quarter that have been met or missed (pending ones are not counted),
     * and the share met within the deadline.
     */
    public record DeadlineFigures(SuppressedCount decided, SuppressedCount met, SuppressedCount missed,
                                  SuppressedFigure shareMet) {
    }

    /** The key of {@link Figures#disciplinaryOutcomes()} for a case with no standing outcome. */
    public static final String NO_OUTCOME = "NO_OUTCOME";
}
