package uk.tidemark.app.web.complaint;

import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintStage;
import uk.tidemark.kernel.complaint.ComplaintState;
import uk.tidemark.kernel.complaint.PanelDecision;
import uk.tidemark.kernel.complaint.query.ComplaintDetail;
import uk.tidemark.kernel.complaint.query.ComplaintDetail.Formal;
import uk.tidemark.kernel.complaint.query.ComplaintDetail.Panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.web.complaint.ComplaintActions.*;

/**
 * The complaint's page offers what the complaint's transition table allows in its state, the state read from the
 * register's stage and the steps recorded within it: the same actions, in the same order, as when the page kept
 * its own copy of the table.
 */
class ComplaintActionsTest {

    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Formal INVESTIGATING = new Formal("not satisfied", AT, DAY, null, null, null, null);
    private static final Formal RESPONDED = new Formal("not satisfied", AT, DAY, "f", "r", "panel", AT);
    private static final Panel REQUESTED = new Panel("still not", AT, DAY, null, null, null, null, null);
    private static final Panel HEARD = new Panel("still not", AT, DAY, DAY, List.of("A", "B", "C"), null, null, null);
    private static final Panel DECIDED = new Panel("still not", AT, DAY, DAY, List.of("A", "B", "C"),
            PanelDecision.NOT_UPHELD, "r", AT);

    @Test
    void aReceivedComplaintIsAcknowledgedFirst() {
        assertThat(available(complaint(ComplaintStage.RECEIVED, null, null))).containsExactly(ACKNOWLEDGE, WITHDRAW);
        assertThat(available(complaint(ComplaintStage.ACKNOWLEDGED, null, null)))
                .containsExactly(INFORMAL, FORMAL, WITHDRAW);
    }

    @Test
    void anInformallyResolvedComplaintClosesOrGoesFormal() {
        assertThat(available(complaint(ComplaintStage.INFORMAL, null, null))).containsExactly(FORMAL, CLOSE, WITHDRAW);
    }

    @Test
    void theFormalStageNeedsItsResponseBeforeAPanelOrClosing() {
        assertThat(stateOf(complaint(ComplaintStage.FORMAL, INVESTIGATING, null))).isEqualTo(ComplaintState.FORMAL);
        assertThat(available(complaint(ComplaintStage.FORMAL, INVESTIGATING, null)))
                .containsExactly(RESPONSE, WITHDRAW);
        assertThat(stateOf(complaint(ComplaintStage.FORMAL, RESPONDED, null))).isEqualTo(ComplaintState.RESPONDED);
        assertThat(available(complaint(ComplaintStage.FORMAL, RESPONDED, null)))
                .containsExactly(PANEL_REQUEST, CLOSE, WITHDRAW);
    }

    @Test
    void aPanelMeetsThenDecidesThenTheComplaintCloses() {
        assertThat(available(complaint(ComplaintStage.PANEL, RESPONDED, REQUESTED)))
                .containsExactly(PANEL_DATE, PANEL_HEARING, WITHDRAW);
        assertThat(available(complaint(ComplaintStage.PANEL, RESPONDED, HEARD)))
                .containsExactly(PANEL_DECISION, WITHDRAW);
        assertThat(available(complaint(ComplaintStage.PANEL, RESPONDED, DECIDED))).containsExactly(CLOSE, WITHDRAW);
    }

    @Test
    void aClosedOrWithdrawnComplaintOffersNothing() {
        assertThat(available(complaint(ComplaintStage.CLOSED, RESPONDED, null))).isEmpty();
        assertThat(available(complaint(ComplaintStage.WITHDRAWN, null, null))).isEmpty();
    }

    private static ComplaintDetail complaint(ComplaintStage stage, Formal formal, Panel panel) {
        return new ComplaintDetail("complaint-1", "CO-26-0001", "setting-a", ComplaintChannel.values()[0], "A parent", "summary",
                null, "sbm", AT, stage, DAY, AT, null, formal, panel, null, null, null, null, List.of(), AT, 1);
    }
}
