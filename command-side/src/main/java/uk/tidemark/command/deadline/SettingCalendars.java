package uk.tidemark.command.deadline;

/**
 * Which calendar each setting counts its deadlines on, as an administrator chose it (decision 0032). The command
 * side only knows this interface; the application keeps the choice with the setting in its relational store.
 * Read once by each command that counts working days: the due date it computes is then part of the case's history
 * (its {@code DeadlineSet} event carries the instant), so changing a setting's calendar later moves only deadlines
 * set after the change, and replaying the events never counts again.
 */
@FunctionalInterface
public interface SettingCalendars {

    /** Every setting on England and Wales: an installation that keeps no choice, and the tests' fixtures. */
    SettingCalendars NONE = settingId -> CalendarRegion.DEFAULT;

    /** The setting's calendar as it is now; null when nothing is known of it (England and Wales then). */
    CalendarRegion of(String settingId);
}
