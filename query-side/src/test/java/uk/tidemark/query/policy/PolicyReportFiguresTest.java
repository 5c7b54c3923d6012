package uk.tidemark.query.policy;

import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.report.SuppressedFigure.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's shares of staff follow decision 0014: nobody who did or did not acknowledge can be picked out. */
class PolicyReportFiguresTest {

    @Test
    void fewerThanFiveStaffAskedShowNoShare() {
        assertThat(PolicyReportFigures.ofStaff(4, 4).display()).isEqualTo("fewer than 5 staff");
        assertThat(PolicyReportFigures.ofStaff(0, 0).display()).isEqualTo("no staff asked");
    }

    @Test
    void oneToFourWhoDidNotAcknowledgeWithholdTheShare() {
        assertThat(PolicyReportFigures.ofStaff(9, 10).status()).isEqualTo(Status.WITHHELD);
        assertThat(PolicyReportFigures.ofStaff(2, 10).status()).isEqualTo(Status.WITHHELD);
    }

    @Test
    void otherwiseTheShareIsShown() {
        assertThat(PolicyReportFigures.ofStaff(5, 10).display()).isEqualTo("50%");
        assertThat(PolicyReportFigures.ofStaff(12, 12).display()).isEqualTo("100%");
        assertThat(PolicyReportFigures.ofStaff(0, 7).display()).isEqualTo("0%");
    }
}
