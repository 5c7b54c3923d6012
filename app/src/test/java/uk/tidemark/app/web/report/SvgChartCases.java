package uk.tidemark.app.web.report;

import uk.tidemark.kernel.report.SuppressedCount;
import uk.tidemark.kernel.report.SuppressedFigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Awkward figures for the report's charts, by name: twelve categories with long names, zeros, 999, everything
 * hidden, five lines crossing, three lines on top of each other, points alone between gaps.
 */
final class SvgChartCases {

    private SvgChartCases() {
    }

    static final List<String> SERIES = List.of("Q4 2026", "Q3 2026");
    static final List<String> EIGHT = List.of("Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026",
            "Q3 2026", "Q4 2026");
    static final List<String> CATEGORIES = List.of("Offensive, racist or threatening content",
            "Bullying (including cyberbullying) by another pupil", "Sexual harassment or sexual violence",
            "Child-on-child abuse", "Neglect", "Online grooming or exploitation", "Self-harm or suicidal thoughts",
            "Domestic abuse seen or heard at home", "Radicalisation and extremism (Prevent)",
            "Physical abuse", "Emotional abuse", "Allegation against a member of staff");
    static final SuppressedCount FEW = SuppressedCount.of(3);
    static final SuppressedCount HELD = SuppressedCount.withheld();
    static final SuppressedFigure FEW_CASES = SuppressedFigure.share(2, 3);
    static final SuppressedFigure HELD_SHARE = SuppressedFigure.withheldShare();
    static final SuppressedFigure NO_CASES = SuppressedFigure.share(0, 0);

    static SuppressedCount n(int count) {
        return SuppressedCount.of(count);
    }

    static SuppressedFigure pc(int percent) {
        return new SuppressedFigure((double) percent, percent + "%", SuppressedFigure.Status.SHOWN, "percent");
    }


    /** The bar charts' figures, by name. */
    static Map<String, List<SvgBarChart.Bar>> barCases() {
        List<SuppressedCount> mix = List.of(n(999), FEW, n(0), HELD, n(5), n(120), FEW, n(37), n(0), HELD, n(999),
                n(64));
        List<SuppressedCount> last = List.of(n(640), n(12), FEW, n(0), HELD, n(999), n(0), FEW, n(8), n(250), HELD,
                n(5));
        Map<String, List<SvgBarChart.Bar>> cases = new LinkedHashMap<>();
        cases.put("bar-twelve-long", IntStream.range(0, 12)
                .mapToObj(i -> new SvgBarChart.Bar(CATEGORIES.get(i), List.of(mix.get(i), last.get(i)))).toList());
        cases.put("bar-all-hidden", IntStream.range(0, 5)
                .mapToObj(i -> new SvgBarChart.Bar(CATEGORIES.get(i), List.of(i % 2 == 0 ? FEW : HELD, FEW))).toList());
        cases.put("bar-zeros", IntStream.range(0, 4)
                .mapToObj(i -> new SvgBarChart.Bar(CATEGORIES.get(i), List.of(n(0), n(0)))).toList());
        cases.put("bar-wrapped", List.of(
                new SvgBarChart.Bar("Concerns raised about a pupil at Ysgol Gynradd Gymraeg Llanfairpwll and Ysgol Tŷ "
                        + "Coch, shared with the local authority's designated officer", List.of(n(999), n(998))),
                new SvgBarChart.Bar("Ŵyr & <grandchildren> \"quoted\"", List.of(n(6), HELD))));
        return cases;
    }

    static Map<String, List<SuppressedCount>> columnCases() {
        Map<String, List<SuppressedCount>> cases = new LinkedHashMap<>();
        cases.put("column-mixed", List.of(n(12), FEW, n(999), HELD, n(0), n(45), FEW, n(7)));
        cases.put("column-all-hidden", List.of(FEW, HELD, FEW, HELD, FEW, FEW, HELD, HELD));
        cases.put("column-zeros-and-large", List.of(n(0), n(999), n(0), n(999), n(5), n(0), n(998), n(0)));
        return cases;
    }

    static Map<String, List<SvgLineChart.Line>> lineCases() {
        Map<String, List<SvgLineChart.Line>> cases = new LinkedHashMap<>();
        cases.put("line-five-crossing", List.of(
                new SvgLineChart.Line("First response within one working day",
                        List.of(pc(100), pc(92), pc(75), FEW_CASES, pc(80), pc(85), pc(90), pc(100))),
                new SvgLineChart.Line("LADO referral within one working day",
                        List.of(pc(60), pc(75), pc(75), pc(70), HELD_SHARE, pc(50), pc(88), pc(95))),
                new SvgLineChart.Line("Complaint acknowledged within 5 working days",
                        List.of(pc(0), pc(25), pc(50), pc(75), pc(100), pc(75), pc(50), pc(25))),
                new SvgLineChart.Line("Complaint answered within 20 working days",
                        List.of(NO_CASES, pc(40), pc(45), pc(40), pc(45), NO_CASES, pc(0), pc(5))),
                new SvgLineChart.Line("Disciplinary outcome within 30 working days",
                        List.of(pc(33), pc(33), FEW_CASES, pc(67), pc(67), pc(100), HELD_SHARE, pc(98)))));
        SvgLineChart.Line same = new SvgLineChart.Line("Every quarter the same", List.of(pc(75), pc(75), pc(75), pc(75),
                pc(75), pc(75), pc(75), pc(75)));
        cases.put("line-identical", List.of(same, new SvgLineChart.Line("Second", same.points()),
                new SvgLineChart.Line("Third", same.points())));
        cases.put("line-all-hidden", List.of(
                new SvgLineChart.Line("First response", List.of(FEW_CASES, HELD_SHARE, NO_CASES, FEW_CASES, FEW_CASES,
                        HELD_SHARE, NO_CASES, FEW_CASES)),
                new SvgLineChart.Line("LADO referral", List.of(NO_CASES, NO_CASES, NO_CASES, NO_CASES, NO_CASES,
                        NO_CASES, NO_CASES, NO_CASES))));
        cases.put("line-isolated", List.of(new SvgLineChart.Line("Complaint timescales met",
                List.of(pc(50), FEW_CASES, pc(80), pc(90), HELD_SHARE, pc(100), FEW_CASES, pc(0)))));
        return cases;
    }

    static String bar(String name, List<SvgBarChart.Bar> bars) {
        return SvgBarChart.render(name, "Cases by category", "Bar chart of " + name, SERIES, bars);
    }

    static String column(String name, List<SuppressedCount> values) {
        return SvgColumnChart.render(name, "Cases logged each quarter", "Column chart of " + name, EIGHT, values);
    }

    static String line(String name, List<SvgLineChart.Line> lines) {
        return SvgLineChart.render(name, "Deadlines met", "Line chart of " + name, EIGHT, lines);
    }
}
