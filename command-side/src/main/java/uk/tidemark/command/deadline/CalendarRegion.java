package uk.tidemark.command.deadline;

/**
 * The three bank-holiday calendars of the UK (the UK government publishes one list for each). A setting counts its
 * deadlines on one of them, England and Wales unless an administrator chose another (decision 0032).
 */
public enum CalendarRegion {

    ENGLAND_AND_WALES("England and Wales", "bank-holidays-england-and-wales.csv"),
    SCOTLAND("Scotland", "bank-holidays-scotland.csv"),
    NORTHERN_IRELAND("Northern Ireland", "bank-holidays-northern-ireland.csv");

    /** The calendar of a setting that has none stored (every setting made before there was a choice). */
    public static final CalendarRegion DEFAULT = ENGLAND_AND_WALES;

    private final String words;
    private final String dataFile;

    CalendarRegion(String words, String dataFile) {
        this.words = words;
        this.dataFile = dataFile;
    }

    /** As people write it: "Northern Ireland". */
    public String words() {
        return words;
    }

    /** The shipped list's resource name, beside this class. */
    String dataFile() {
        return dataFile;
    }

    /** {@code null} (nothing stored) is England and Wales. */
    public static CalendarRegion orDefault(CalendarRegion region) {
        return region == null ? DEFAULT : region;
    }
}
