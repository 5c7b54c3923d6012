package uk.tidemark.kernel.transition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a case's or a register record's transition table: a command, what it does in words, and for each state
 * in which it is refused the sentence the user is given. Each table keeps its own row type (its states are its own),
 * and every one of them is looked up and read the same way, here.
 *
 * @param <S> the states of the record the table is about
 */
public interface TransitionRow<S extends Enum<S>> {

    Class<?> command();

    String action();

    Map<S, String> refusals();

    default boolean allows(S state) {
        return !refusals().containsKey(state);
    }

    /** The row of {@code command}; a handler without one is a programming error, not a refusal anyone should see. */
    static <R extends TransitionRow<?>> R find(List<R> rows, Class<?> command) {
        return rows.stream().filter(row -> row.command().equals(command)).findFirst()
                .orElseThrow(() -> new IllegalStateException(command.getSimpleName() + " has no row in the table"));
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    static <S extends Enum<S>, R extends TransitionRow<S>> Optional<String> refusal(List<R> rows, Class<?> command,
                                                                                  S state) {
        return Optional.ofNullable(find(rows, command).refusals().get(state));
    }
}
