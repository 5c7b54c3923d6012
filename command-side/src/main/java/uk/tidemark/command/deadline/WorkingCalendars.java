package uk.tidemark.command.deadline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The working calendars of the installation, one per part of the UK (each with the same closures, open days and
 * administrator's overrides laid over its bank holidays), and which one each setting counts on. Aggregates take
 * this as a handler parameter and count a case's deadlines on {@link #forSetting} of the case's setting, read at
 * the command: what they compute goes into the events as instants, never the calendar (decision 0032).
 */
public final class WorkingCalendars {

    private final Map<CalendarRegion, WorkingCalendar> calendars;
    private final SettingCalendars settings;
    private final TermDates terms;

    private WorkingCalendars(Map<CalendarRegion, WorkingCalendar> calendars, SettingCalendars settings,
                             TermDates terms) {
        this.calendars = calendars;
        this.settings = settings;
        this.terms = terms;
    }

    /** The shipped calendars, every setting on England and Wales (the command-side tests' fixtures). */
    public static WorkingCalendars shipped() {
        return of(WorkingCalendar::of, SettingCalendars.NONE);
    }

    /** A calendar for each region, made by {@code make}; each setting's region from {@code settings}. */
    public static WorkingCalendars of(Function<CalendarRegion, WorkingCalendar> make, SettingCalendars settings) {
        Map<CalendarRegion, WorkingCalendar> calendars = new EnumMap<>(CalendarRegion.class);
        for (CalendarRegion region : CalendarRegion.values()) {
            WorkingCalendar calendar = make.apply(region);
            if (calendar.region() != region) {
                throw new IllegalArgumentException("the calendar for " + region + " counts " + calendar.region());
            }
            calendars.put(region, calendar);
        }
        return new WorkingCalendars(calendars, settings == null ? SettingCalendars.NONE : settings, TermDates.NONE);
    }

    /** These calendars, with each setting's region from {@code other}. */
    public WorkingCalendars withSettings(SettingCalendars other) {
        return new WorkingCalendars(calendars, other == null ? SettingCalendars.NONE : other, terms);
    }

    /** These calendars, with each setting's term dates from {@code other} (decision 0048). */
    public WorkingCalendars withTerms(TermDates other) {
        return new WorkingCalendars(calendars, settings, other == null ? TermDates.NONE : other);
    }

    /**
     * The {@code n}-th school day after {@code from} for the setting: its calendar's working days in its terms
     * (decision 0048); working days when it has no term dates.
     */
    public LocalDate schoolDaysAfter(String settingId, LocalDate from, int n) {
        return forSetting(settingId).schoolDaysAfter(from, n, termsOf(settingId));
    }

    /** The setting's term dates now ({@link TermDates.Terms#NONE} for none or an unknown setting). */
    public TermDates.Terms termsOf(String settingId) {
        TermDates.Terms t = settingId == null ? null : terms.of(settingId);
        return t == null ? TermDates.Terms.NONE : t;
    }

    public WorkingCalendar of(CalendarRegion region) {
        return calendars.get(CalendarRegion.orDefault(region));
    }

    /** The calendar the setting counts on now (England and Wales for one with no choice stored, or unknown). */
    public WorkingCalendar forSetting(String settingId) {
        return of(regionOf(settingId));
    }

    public CalendarRegion regionOf(String settingId) {
        return CalendarRegion.orDefault(settingId == null ? null : settings.of(settingId));
    }
}
