package uk.tidemark.query.report;

import uk.tidemark.kernel.report.SuppressedCount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The small-number rule across a whole report (docs/decisions/0014). Primary suppression is
 * {@link SuppressedCount#of}'s: a count of 1 to 4 is "fewer than 5". Secondary suppression is this class's: the
 * report also shows totals, and a total with exactly one hidden part gives that part away by subtraction. So every
 * sum the report shows (a setting's cases by category add up to its cases; the settings' cases add up to all the
 * settings' cases) is a {@link #line}, and while some line has exactly one hidden member, the smallest other
 * member of 5 or more (else its total) is withheld as well. Withholding one cell can expose another line, so it
 * runs until nothing changes. This stops the one-step subtraction; it does not solve every system of equations a
 * determined reader could set up across lines (the decision record says so).
 */
final class Suppression {

    /** One figure of the report: its exact value, which never leaves the query side, and whether it is withheld. */
    static final class Cell {
        final long raw;
        private boolean withheld;

        Cell(long raw) {
            this.raw = raw;
        }

        boolean hidden() {
            return withheld || SuppressedCount.isSmall(raw);
        }

        SuppressedCount result() {
            return withheld ? SuppressedCount.withheld() : SuppressedCount.of(raw);
        }
    }

    private record Line(List<Cell> members, Cell total) {
    }

    private final List<Line> lines = new ArrayList<>();

    /** Declares that {@code members} add up to {@code total}, and that all of them are shown. */
    void line(List<Cell> members, Cell total) {
        lines.add(new Line(List.copyOf(members), total));
    }

    void apply() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                long hidden = line.members().stream().filter(Cell::hidden).count() + (line.total().hidden() ? 1 : 0);
                if (hidden != 1) {
                    continue;
                }
                Cell next = line.members().stream().filter(c -> !c.hidden() && c.raw > 0)
                        .min(Comparator.comparingLong(c -> c.raw)).orElse(null);
                if (next == null && !line.total().hidden() && line.total().raw > 0) {
                    next = line.total();
                }
                if (next != null) {
                    next.withheld = true;
                    changed = true;
                }
            }
        }
    }
}
