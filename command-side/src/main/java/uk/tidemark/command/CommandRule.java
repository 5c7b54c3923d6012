package uk.tidemark.command;

import uk.tidemark.kernel.time.DateRefusedException;

/**
 * A rule of a register's commands (issue 18), checked after its transition table: which command it applies to, the
 * rule in words for its docs/*-transitions.md, and the sentence a refusal gives the user, kept together so that the
 * refusals and the docs cannot drift apart. Each register's rules are an enum that holds its {@link Text}.
 */
public interface CommandRule {

    /** @param command the command the rule applies to; {@code Object} for every command */
    record Text(Class<?> command, String rule, String sentence) {
    }

    Text text();

    default Class<?> command() {
        return text().command();
    }

    /** How the docs name the command the rule applies to. */
    default String commandName() {
        return command() == Object.class ? "every command" : "`" + command().getSimpleName() + "`";
    }

    default String rule() {
        return text().rule();
    }

    default String sentence() {
        return text().sentence();
    }

    /** A rule about a date: refused naming its field, as bad input (400). */
    default DateRefusedException dateRefusal(String field) {
        return new DateRefusedException(field, sentence());
    }
}
