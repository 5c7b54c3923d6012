package uk.tidemark.kernel.report;

import java.util.List;
import java.util.Map;

/**
 * The trustees' quarterly report (BRIEF.md "trustee quarterly report", decision 0014): per setting, and for all of
 * them together, the quarter's figures beside the previous quarter's and the same quarter a year before; the trend of
 * the last eight quarters; and the share of each deadline met, at a level where the deadlines number 5 or more.
 * Counts only: no names, no free text, no case ids; every count has been through {@link SuppressedCount}, every share
 * and median through {@link SuppressedFigure}. Each breakdown holds every value of its enum, in the enum's order,
 * zeros included.
 */
public record QuarterlyReport(Quarter quarter, Quarter previousQuarter, Quarter sameQuarterLastYear,
                              List<SettingReport> settings, SettingReport allSettings, List<TrendPoint> trend,
                              Map<String, Compliance> compliance, List<PolicyFigures> policies) {

    /** A report without the policies' section, as every report was before issue 18. */
    public QuarterlyReport(Quarter quarter, Quarter previousQuarter, Quarter sameQuarterLastYear,
                           List<SettingReport> settings, SettingReport allSettings, List<TrendPoint> trend,
                           Map<String, Compliance> compliance) {
        this(quarter, previousQuarter, sameQuarterLastYear, settings, allSettings, trend, compliance, List.of());
    }

    /**
     * "Policies and training" (issue 18), per setting as they stood when the report was made: of the staff each
     * policy in force asked, the share who have acknowledged its version in force; of the staff any of them asked,
     * the share with their training in date. Shares of people through {@link SuppressedFigure#share}: not shown for
     * fewer than 5 staff, withheld when 1 to 4 have or have not, so that nobody who did not can be picked out.
     * Null in reports published before issue 18 ({@link #policiesOrNone()}).
     */
    public record PolicyFigures(String settingId, List<PolicyShare> policies, SuppressedFigure trainingInDate) {
    }

    /** One policy in force: its title, its version and the share of the staff asked who have acknowledged it. */
    public record PolicyShare(String title, int version, SuppressedFigure acknowledged) {
    }

    /** The policies' section, empty for a report published before issue 18. */
    public List<PolicyFigures> policiesOrNone() {
        return policies == null ? List.of() : policies;
    }

    /** One setting's column of the report ({@code settingId} null for all the settings together). */
    public record SettingReport(String settingId, Figures current, Figures previous, Figures lastYear) {
    }

    /**
     * One quarter's figures. A case counts in the quarter it was logged, opened or received, except
     * {@code closedInQuarter} (the cases closed during the quarter, whenever logged) and {@code openAtQuarterEnd}
     * (the cases logged before the quarter ended and not closed by then). {@code byStageReached} is the furthest
     * open stage a case reached (a closed case keeps its stage); {@code byOutcome} the quarter's closed cases by
     * outcome ({@code closedCases} of them); {@code referralsByAgency} the cases referred to each agency;
     * {@code disciplinaryOutcomes} the outcome that stands after any appeal, or {@code NO_OUTCOME} while there is
     * none ({@code disciplinaryDecided} the cases with an outcome); {@code complaintsByStage} where each complaint
     * stands now ({@code complaintsConcluded} those closed or withdrawn).
     */
    public record Figures(SuppressedCount cases,
                          SuppressedCount closedInQuarter,
                          SuppressedCount openAtQuarterEnd,
                          Map<String, SuppressedCount> byCategory,
                          Map<String, SuppressedCount> byStageReached,
                          SuppressedCount closedCases,
                          Map<String, SuppressedCount> byOutcome,
                          SuppressedCount policeEscalations,
                          Map<String, SuppressedCount> referralsByAgency,
                          SuppressedCount disciplinaryCases,
                          SuppressedCount disciplinaryDecided,
                          Map<String, SuppressedCount> disciplinaryOutcomes,
                          SuppressedCount complaints,
                          SuppressedCount complaintsConcluded,
                          Map<String, SuppressedCount> complaintsByStage,
                          SuppressedFigure medianFirstResponse) {
    }

    /**
     * One quarter of the trend, all the settings together: the cases logged, and the share of each deadline met in
     * that quarter alone (keys as {@link QuarterlyReport#compliance()}).
     */
    public record TrendPoint(Quarter quarter, SuppressedCount cases, Map<String, SuppressedFigure> shareMet) {
    }

    /**
     * The share of one kind of deadline met, for all the settings together: over the quarter when 5 or more of them
     * were met or missed in it, else over the four quarters to its end when those number 5 or more, else not shown.
     */
    public record Compliance(SuppressedFigure shareMet, Basis basis) {
    }

    /** The period a compliance share is taken over. */
    public enum Basis {
        /** The quarter alone. */
        QUARTER,
        /** The four quarters to the end of the quarter, because the quarter alone had fewer than 5. */
        FOUR_QUARTERS,
        /** Fewer than 5 even over four quarters: no share is shown. */
        NONE
    }

    /** The key of {@link Figures#disciplinaryOutcomes()} for a case with no standing outcome. */
    public static final String NO_OUTCOME = "NO_OUTCOME";
    /** The key of {@link #compliance()} for the three complaint timescales taken together. */
    public static final String COMPLAINT_TIMESCALES = "COMPLAINT_TIMESCALES";
}
