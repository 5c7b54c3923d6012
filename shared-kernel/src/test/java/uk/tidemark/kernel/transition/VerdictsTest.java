package uk.tidemark.kernel.transition;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictsTest {

    enum State { OPEN, DONE, GONE }

    record Row(Class<?> command, String action, Map<State, String> refusals) implements TransitionRow<State> {
    }

    record Ask() {
    }

    record Tell() {
    }

    private static Verdicts<State, Row> row(Class<?> command) {
        return Verdicts.row(command, "do it", State.class, Row::new, Map.of(State.GONE, "It is gone."),
                Map.of(State.DONE, "It is done."));
    }

    @Test
    void aRowHasTheTablesRefusalsBesideItsOwn() {
        Row row = row(Ask.class).allowedIn(State.OPEN).build();
        assertThat(row.allows(State.OPEN)).isTrue();
        assertThat(row.refusals()).containsExactlyInAnyOrderEntriesOf(Map.of(State.DONE, "It is done.",
                State.GONE, "It is gone."));
        Row evenWhenDone = row(Tell.class).allowedIn(State.OPEN, State.DONE).buildEvenWhenFinished();
        assertThat(evenWhenDone.allows(State.DONE)).isTrue();
        assertThat(evenWhenDone.allows(State.GONE)).isFalse();
    }

    @Test
    void aStateLeftUndecidedOrDecidedTwiceIsRefusedAsTheTableIsBuilt() {
        assertThatThrownBy(() -> Verdicts.row(Ask.class, "ask", State.class, Row::new).allowedIn(State.OPEN).build())
                .hasMessageContaining("Ask must be either allowed or refused").hasMessageContaining("DONE");
        assertThatThrownBy(() -> row(Ask.class).allowedIn(State.OPEN, State.DONE).build())
                .hasMessageContaining("in DONE");
        assertThatThrownBy(() -> row(Ask.class).refusedIn(" ", State.OPEN))
                .hasMessageContaining("refuses without a sentence");
    }

    @Test
    void aCommandIsFoundByItsRowAndOneWithoutARowIsAProgrammingError() {
        List<Row> rows = List.of(row(Ask.class).allowedIn(State.OPEN).build());
        assertThat(TransitionRow.refusal(rows, Ask.class, State.DONE)).contains("It is done.");
        assertThat(TransitionRow.refusal(rows, Ask.class, State.OPEN)).isEmpty();
        assertThatThrownBy(() -> TransitionRow.find(rows, Tell.class)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Tell has no row in the table");
    }
}
