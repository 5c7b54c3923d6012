package uk.tidemark.kernel.transition;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects a row's verdicts, state by state, and refuses to build one that leaves a state undecided (or decides one
 * both ways): the check runs as the table's class loads, so a table with a hole never starts.
 * <p>
 * A table may give every row refusals of its own: {@code always} (an account that was refused refuses everything)
 * and {@code whenFinished} (a closed complaint refuses everything, except the rows built with
 * {@link #buildEvenWhenFinished()}).
 *
 * @param <S> the states of the record
 * @param <R> the table's own row type
 */
public final class Verdicts<S extends Enum<S>, R extends TransitionRow<S>> {

    /** Makes the table's own row from what was collected. */
    public interface RowMaker<S extends Enum<S>, R> {
        R make(Class<?> command, String action, Map<S, String> refusals);
    }

    private final Class<?> command;
    private final String action;
    private final Class<S> states;
    private final RowMaker<S, R> maker;
    private final Map<S, String> always;
    private final Map<S, String> whenFinished;
    private final Set<S> allowed;
    private final Map<S, String> refusals;

    private Verdicts(Class<?> command, String action, Class<S> states, RowMaker<S, R> maker, Map<S, String> always,
                     Map<S, String> whenFinished) {
        this.command = command;
        this.action = action;
        this.states = states;
        this.maker = maker;
        this.always = always;
        this.whenFinished = whenFinished;
        this.allowed = EnumSet.noneOf(states);
        this.refusals = new EnumMap<>(states);
    }

    /** A row of a table whose rows decide every state themselves. */
    public static <S extends Enum<S>, R extends TransitionRow<S>> Verdicts<S, R> row(
            Class<?> command, String action, Class<S> states, RowMaker<S, R> maker) {
        return new Verdicts<>(command, action, states, maker, Map.of(), Map.of());
    }

    /** A row of a table that adds refusals of its own to every row (see the class comment). */
    public static <S extends Enum<S>, R extends TransitionRow<S>> Verdicts<S, R> row(
            Class<?> command, String action, Class<S> states, RowMaker<S, R> maker, Map<S, String> always,
            Map<S, String> whenFinished) {
        return new Verdicts<>(command, action, states, maker, always, whenFinished);
    }

    @SafeVarargs
    public final Verdicts<S, R> allowedIn(S... in) {
        allowed.addAll(List.of(in));
        return this;
    }

    @SafeVarargs
    public final Verdicts<S, R> refusedIn(String sentence, S... in) {
        if (sentence == null || sentence.isBlank()) {
            throw new IllegalStateException(command.getSimpleName() + " refuses without a sentence");
        }
        for (S state : in) {
            refusals.put(state, sentence);
        }
        return this;
    }

    /** The row, with the table's refusals for a finished record as well as its own. */
    public R build() {
        refusals.putAll(whenFinished);
        return buildEvenWhenFinished();
    }

    /** A row that a finished record does not refuse by itself: only what it says (and the table's {@code always}). */
    public R buildEvenWhenFinished() {
        refusals.putAll(always);
        for (S state : states.getEnumConstants()) {
            if (allowed.contains(state) == refusals.containsKey(state)) {
                throw new IllegalStateException(command.getSimpleName() + " must be either allowed or refused, "
                        + "not both or neither, in " + state);
            }
        }
        return maker.make(command, action, Collections.unmodifiableMap(new EnumMap<>(refusals)));
    }
}
