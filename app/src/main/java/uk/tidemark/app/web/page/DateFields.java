package uk.tidemark.app.web.page;

import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.kernel.time.DateWindow;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them on a page: GOV.UK's date input, three boxes {@code <field>-day}, {@code <field>-month}
 * and {@code <field>-year} ("14", "12", "2026"), read into the API's ISO-8601 value of {@code <field>}; and a time of
 * day beside them ({@code <field>-time}, "14:30" or "2:30pm"), or "time not known" ({@code <field>-time-not-known}),
 * read with the date into an instant on London's clock (decision 0045). Every page form gets its dates read here
 * ({@link PageForms#bindTree}); the words of a problem follow GOV.UK's ("must include a month", "must be a real
 * date"), and {@link Form} words the summary and the inline message alike ({@link #sentence}).
 */
public final class DateFields {

    public static final String DAY = "day";
    public static final String MONTH = "month";
    public static final String YEAR = "year";
    public static final String TIME = "time";
    /** The box ticked when the time is not known: the instant is then the start of that day (decision 0045). */
    public static final String TIME_NOT_KNOWN = "time-not-known";
    private static final List<String> BOXES = List.of(DAY, MONTH, YEAR);

    public static final String REAL_DATE = "must be a real date.";
    public static final String FULL_YEAR = "must include the year in full, for example 2026.";
    public static final String NEEDS_TIME = "must include a time, or tick the box if the time is not known.";
    public static final String NEEDS_DATE = "must include a date as well as a time.";
    public static final String REAL_TIME = "must include a real time, for example 14:30 or 2:30pm.";

    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    private static final Pattern CLOCK = Pattern.compile(
            "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?", Pattern.CASE_INSENSITIVE);

    private DateFields() {
    }

    /** Three boxes read: the date, or the problem and the boxes it is in; or neither when all three are empty. */
    public record Read(LocalDate date, String problem, Set<String> wrong) {
        public boolean blank() {
            return date == null && problem == null;
        }
    }

    /** The three boxes as typed (null or blank for an empty one). */
    public static Read date(String day, String month, String year) {
        Map<String, String> boxes = new LinkedHashMap<>();
        boxes.put(DAY, strip(day));
        boxes.put(MONTH, strip(month));
        boxes.put(YEAR, strip(year));
        List<String> missing = BOXES.stream().filter(b -> boxes.get(b) == null).toList();
        if (missing.size() == BOXES.size()) {
            return new Read(null, null, Set.of());
        }
        if (!missing.isEmpty()) {
            return new Read(null, "must include a " + String.join(" and ", missing) + ".", new LinkedHashSet<>(missing));
        }
        Set<String> wrong = new LinkedHashSet<>();
        boxes.forEach((box, text) -> {
            if (!DIGITS.matcher(text).matches()) {
                wrong.add(box);
            }
        });
        if (!wrong.isEmpty()) {
            return new Read(null, REAL_DATE, wrong);
        }
        if (boxes.get(YEAR).length() != 4) {
            return new Read(null, FULL_YEAR, Set.of(YEAR));
        }
        int d = Integer.parseInt(boxes.get(DAY));
        int m = Integer.parseInt(boxes.get(MONTH));
        int y = Integer.parseInt(boxes.get(YEAR));
        if (m < 1 || m > 12) {
            wrong.add(MONTH);
        }
        if (d < 1 || d > 31) {
            wrong.add(DAY);
        }
        if (!wrong.isEmpty()) {
            return new Read(null, REAL_DATE, wrong);
        }
        try {
            return new Read(LocalDate.of(y, m, d), null, Set.of());
        } catch (DateTimeException noSuchDay) { // 31 February
            return new Read(null, REAL_DATE, Set.of(DAY));
        }
    }

    /** A time of day as people write it: "14:30", "9.05", "2:30pm", "2pm"; null when it is not one. */
    public static LocalTime time(String text) {
        String t = strip(text);
        if (t == null) {
            return null;
        }
        Matcher m = CLOCK.matcher(t.replace(" ", ""));
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
        String half = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
        if (half == null && minute < 0) {
            return null; // "14" alone is not a time
        }
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return LocalTime.of(hour, Math.max(minute, 0));
    }

    /**
     * A form's fields with each date's three boxes replaced by its ISO value ({@code 2026-12-14}); a date whose boxes
     * cannot be read is left out and its problem added to {@code problems}; all three empty, it is left out (the
     * request's own "is required" speaks if it must be there).
     */
    public static Map<String, Object> combine(Map<String, ?> fields, List<FieldProblem> problems) {
        Map<String, Object> out = new LinkedHashMap<>(fields);
        for (String field : dateFields(fields.keySet())) {
            Read read = date(text(out.remove(field + "-" + DAY)), text(out.remove(field + "-" + MONTH)),
                    text(out.remove(field + "-" + YEAR)));
            if (read.problem() != null) {
                problems.add(new FieldProblem(field, read.problem()));
            } else if (read.date() != null) {
                out.put(field, read.date().toString());
            }
        }
        return out;
    }

    /** {@link #combine} for a form of text fields. */
    public static Map<String, String> combineText(Map<String, String> fields, List<FieldProblem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        combine(fields, problems).forEach((k, v) -> out.put(k, v == null ? null : String.valueOf(v)));
        return out;
    }

    /**
     * A date with its time ({@code <field>-day/-month/-year}, {@code <field>-time}, {@code <field>-time-not-known})
     * replaced by {@code <field>}, the ISO instant of that time in London. A time not known (the box ticked, or,
     * when {@code timeOptional}, left empty) is the start of the day (decision 0045). All empty: left out.
     */
    public static Map<String, String> combineInstant(Map<String, String> fields, String field, boolean timeOptional,
                                                     List<FieldProblem> problems) {
        Map<String, String> out = new LinkedHashMap<>(fields);
        Read read = date(out.remove(field + "-" + DAY), out.remove(field + "-" + MONTH), out.remove(field + "-" + YEAR));
        String time = strip(out.remove(field + "-" + TIME));
        boolean notKnown = strip(out.remove(field + "-" + TIME_NOT_KNOWN)) != null;
        if (read.blank()) {
            if (time != null) {
                problems.add(new FieldProblem(field, NEEDS_DATE));
            }
            return out;
        }
        if (read.problem() != null) {
            problems.add(new FieldProblem(field, read.problem()));
            return out;
        }
        LocalTime clock;
        if (notKnown || (time == null && timeOptional)) {
            clock = LocalTime.MIDNIGHT;
        } else if (time == null) {
            problems.add(new FieldProblem(field, NEEDS_TIME));
            return out;
        } else {
            clock = time(time);
            if (clock == null) {
                problems.add(new FieldProblem(field, REAL_TIME));
                return out;
            }
        }
        Instant at = ZonedDateTime.of(read.date(), clock, WorkingCalendar.UK).toInstant();
        out.put(field, at.toString());
        return out;
    }

    /** A date's boxes filled in from a value: for a form's defaults. */
    public static Map<String, String> boxes(String field, LocalDate date) {
        Map<String, String> boxes = new LinkedHashMap<>();
        boxes.put(field + "-" + DAY, String.valueOf(date.getDayOfMonth()));
        boxes.put(field + "-" + MONTH, String.valueOf(date.getMonthValue()));
        boxes.put(field + "-" + YEAR, String.valueOf(date.getYear()));
        return boxes;
    }

    /** Whether the form's values hold the boxes of a date called {@code field}. */
    static boolean isDate(Map<String, String> values, String field) {
        return values.containsKey(field + "-" + DAY) || values.containsKey(field + "-" + YEAR);
    }

    /**
     * The boxes of a refused date to mark (GOV.UK: only the wrong ones): the empty or unreadable ones, the time when
     * the problem is the time's, otherwise all three of the date.
     */
    static Set<String> wrong(Map<String, String> values, String field, String detail) {
        if (detail == null) {
            return Set.of();
        }
        if (detail.equals(NEEDS_TIME) || detail.equals(REAL_TIME)) {
            return Set.of(TIME);
        }
        Read read = date(values.get(field + "-" + DAY), values.get(field + "-" + MONTH), values.get(field + "-" + YEAR));
        if (!read.wrong().isEmpty()) {
            return read.wrong();
        }
        return new LinkedHashSet<>(BOXES);
    }

    /**
     * A date field's problem as one sentence, the same in the error summary and beside the field: "Enter the hearing
     * date, for example 14 12 2026" for an empty one; otherwise the field's words and the problem, with the date
     * window's limits written out.
     */
    static String sentence(String label, String detail) {
        String words = label == null || label.isBlank() ? "The date"
                : label.strip().replaceAll("\\s*\\(optional\\)$", "").replaceAll("\\?$", "");
        if (words.startsWith("When ")) {
            words = "The date " + words.substring("When ".length()); // "When it happened": "The date it happened"
        }
        if (uk.tidemark.app.web.validation.Limits.REQUIRED.equals(detail)) {
            String named = Character.toLowerCase(words.charAt(0)) + words.substring(1);
            return "Enter " + (named.startsWith("the ") ? "" : "the ") + named + ", for example " + example();
        }
        String said = DateWindow.OUTSIDE.equals(detail) ? "must be between 1 January 1900 and 31 December 2100." : detail;
        return words + " " + said;
    }

    /** Today in the boxes' order, as an example of what to type: "7 12 2026". */
    static String example() {
        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        return today.getDayOfMonth() + " " + today.getMonthValue() + " " + today.getYear();
    }

    private static List<String> dateFields(Set<String> names) {
        List<String> fields = new ArrayList<>();
        for (String name : names) {
            for (String box : BOXES) {
                String suffix = "-" + box;
                if (name.endsWith(suffix)) {
                    String field = name.substring(0, name.length() - suffix.length());
                    if (!field.isEmpty() && !fields.contains(field)) {
                        fields.add(field);
                    }
                }
            }
        }
        return fields;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
