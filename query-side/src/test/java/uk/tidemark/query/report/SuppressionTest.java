package uk.tidemark.query.report;

import org.junit.jupiter.api.Test;
import uk.tidemark.query.report.Suppression.Cell;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

    @Test
    void aTotalWithOneHiddenPartHasASecondPartWithheld() {
        Cell three = new Cell(3);
        Cell six = new Cell(6);
        Cell nine = new Cell(9);
        Cell zero = new Cell(0);
        Suppression rule = new Suppression();
        rule.line(List.of(three, six, nine, zero), new Cell(18));

        rule.apply();

        assertThat(List.of(three, six, nine, zero)).extracting(c -> c.result().display())
                .containsExactly("fewer than 5", "withheld", "9", "0");
    }

    @Test
    void withholdingCascadesToTheNextLineAndFallsBackOnItsTotal() {
        Cell four = new Cell(4);
        Cell total = new Cell(9);
        Cell five = new Cell(5);
        Suppression rule = new Suppression();
        // 9 = 4 + 5 withholds the 5; then 5 + 0 = 5 has one hidden part and no other part above 0: its total goes
        rule.line(List.of(four, five), total);
        Cell otherColumnTotal = new Cell(5);
        rule.line(List.of(five, new Cell(0)), otherColumnTotal);

        rule.apply();

        assertThat(four.result().display()).isEqualTo("fewer than 5");
        assertThat(five.result().display()).isEqualTo("withheld");
        assertThat(otherColumnTotal.result().display()).isEqualTo("withheld");
        assertThat(total.result().display()).isEqualTo("9");
    }

    @Test
    void nothingSmallNothingWithheld() {
        Cell a = new Cell(5);
        Cell b = new Cell(0);
        Cell total = new Cell(5);
        Suppression rule = new Suppression();
        rule.line(List.of(a, b), total);

        rule.apply();

        assertThat(List.of(a, b, total)).extracting(c -> c.result().display()).containsExactly("5", "0", "5");
    }
}
