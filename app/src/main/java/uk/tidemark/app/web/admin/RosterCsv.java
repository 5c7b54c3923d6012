package uk.tidemark.app.web.admin;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.person.RosterEntry;
import uk.tidemark.app.web.register.consent.ImageConsentColumn;
import uk.tidemark.kernel.consent.ImageAllowance;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A roster as a school's MIS exports it (SIMS, Arbor, Bromcom and the like: a CSV file with a header line), read into
 * {@link RosterEntry roster entries}. The columns are found by their headings, as those systems name them: an id
 * ({@code UPN}, {@code MIS ID}, {@code Admission number}, {@code Staff code}...), the name (a {@code Name} column, or
 * forename and surname, the preferred forename before the legal one), the role ({@code Role} or {@code Type}:
 * pupil or staff; when the file has none, the one the administrator chose), and a year and a class. Read as UTF-8,
 * or as Windows-1252 when it is not (older exports); comma, semicolon or tab separated.
 */
final class RosterCsv {

    static final String FIELD = "file";
    static final int MAX_PEOPLE = 20_000;
    private static final int MAX_NAME = 200;
    private static final int MAX_ID = 64;
    private static final int MAX_GROUP = 64;
    private static final int PROBLEMS_SHOWN = 10;

    private static final List<String> IDS = List.of("upn", "misid", "id", "personid", "pupilid", "studentid",
            "admissionnumber", "admissionno", "admno", "staffcode", "staffid", "employeeid", "employeenumber",
            "payrollnumber", "uniquepupilnumber");
    private static final List<String> NAMES = List.of("name", "fullname", "displayname", "preferredname");
    private static final List<String> FORENAMES = List.of("preferredforename", "preferredfirstname", "forename",
            "firstname", "givenname", "legalforename", "legalfirstname");
    private static final List<String> SURNAMES = List.of("preferredsurname", "preferredlastname", "surname",
            "lastname", "familyname", "legalsurname", "legallastname");
    private static final List<String> ROLES = List.of("role", "type", "persontype", "category");
    private static final List<String> YEARS = List.of("year", "yeargroup", "ncyear", "curriculumyear", "yearofstudy");
    private static final List<String> CLASSES = List.of("class", "reggroup", "registrationgroup", "form",
            "tutorgroup", "formgroup", "classname", "group");

    /** The words an MIS uses for each role. */
    private static final Map<String, PersonRole> ROLE_WORDS = Map.ofEntries(
            Map.entry("pupil", PersonRole.PUPIL), Map.entry("pupils", PersonRole.PUPIL),
            Map.entry("student", PersonRole.PUPIL), Map.entry("students", PersonRole.PUPIL),
            Map.entry("learner", PersonRole.PUPIL), Map.entry("child", PersonRole.PUPIL),
            Map.entry("staff", PersonRole.STAFF), Map.entry("teacher", PersonRole.STAFF),
            Map.entry("teachingstaff", PersonRole.STAFF), Map.entry("supportstaff", PersonRole.STAFF),
            Map.entry("teachingassistant", PersonRole.STAFF), Map.entry("employee", PersonRole.STAFF),
            Map.entry("tutor", PersonRole.STAFF), Map.entry("volunteer", PersonRole.VOLUNTEER));

    /**
     * The entries read, the roles the file covers (those whose people not in it have left), and what the image
     * consent column (issue 18) says of each pupil who has a value in it, by MIS id.
     */
    record Read(List<RosterEntry> entries, Set<PersonRole> roles, Map<String, ImageAllowance> imageConsent) {
    }

    private RosterCsv() {
    }

    /**
     * The file's people, or the problems that stop it being read, each naming its line ({@code errors}, field
     * {@value #FIELD}); {@code role} is the role of every line when the file has no role column (else null).
     */
    static Optional<Read> read(byte[] bytes, PersonRole role, List<FieldProblem> errors) {
        if (bytes == null || bytes.length == 0) {
            errors.add(new FieldProblem(FIELD, "Choose the CSV file exported from your MIS."));
            return Optional.empty();
        }
        String text = decoded(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains("\t") ? '\t'
                : count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<String> headings = parser.getHeaderNames();
            for (int i = 0; i < headings.size(); i++) {
                columns.putIfAbsent(key(headings.get(i)), i);
            }
            Integer id = first(columns, IDS);
            Integer name = first(columns, NAMES);
            List<Integer> forenames = all(columns, FORENAMES);
            List<Integer> surnames = all(columns, SURNAMES);
            Integer roleColumn = first(columns, ROLES);
            Integer year = first(columns, YEARS);
            Integer group = first(columns, CLASSES);
            Integer consentColumn = first(columns, ImageConsentColumn.HEADINGS);
            if (id == null) {
                errors.add(new FieldProblem(FIELD, "The first line must name the columns, one of them the person's "
                        + "MIS id (for example UPN, MIS ID, Admission number or Staff code)."));
            }
            if (name == null && (forenames.isEmpty() || surnames.isEmpty())) {
                errors.add(new FieldProblem(FIELD, "The first line must name a Name column, or Forename and "
                        + "Surname columns."));
            }
            if (roleColumn == null && role == null) {
                errors.add(new FieldProblem("role", "The file has no Role column: say whether it lists pupils or "
                        + "staff."));
            }
            if (!errors.isEmpty()) {
                return Optional.empty();
            }
            List<RosterEntry> entries = new ArrayList<>();
            Map<String, ImageAllowance> consent = new LinkedHashMap<>();
            Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
            Map<String, Long> lineOf = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (CSVRecord line : parser) {
                long number = line.getRecordNumber() + 1; // the heading is line 1
                if (entries.size() >= MAX_PEOPLE) {
                    problems.add("the file lists more than " + MAX_PEOPLE + " people; import it in parts by role.");
                    break;
                }
                String misId = cell(line, id);
                String fullName = name != null ? cell(line, name) : null;
                if (blank(fullName)) {
                    fullName = (firstFilled(line, forenames) + " " + firstFilled(line, surnames)).strip();
                }
                PersonRole lineRole = roleColumn == null ? role : roleOf(cell(line, roleColumn), role);
                String yearAndClass = groupOf(cell(line, year), cell(line, group));
                if (blank(misId)) {
                    problems.add("line " + number + ": the MIS id is missing.");
                } else if (misId.length() > MAX_ID) {
                    problems.add("line " + number + ": the MIS id is longer than " + MAX_ID + " characters.");
                } else if (lineOf.putIfAbsent(misId, number) != null) {
                    problems.add("line " + number + ": the MIS id " + misId + " is also on line "
                            + lineOf.get(misId) + ".");
                }
                if (blank(fullName)) {
                    problems.add("line " + number + ": the name is missing.");
                } else if (fullName.length() > MAX_NAME || yearAndClass != null && yearAndClass.length() > MAX_GROUP) {
                    problems.add("line " + number + ": the name or class is too long.");
                }
                if (lineRole == null) {
                    problems.add("line " + number + ": the role \"" + cell(line, roleColumn) + "\" is not pupil or "
                            + "staff.");
                }
                String consentWords = cell(line, consentColumn);
                ImageAllowance allowed = blank(consentWords) ? null : ImageConsentColumn.of(key(consentWords));
                if (!blank(consentWords) && allowed == null) {
                    problems.add("line " + number + ": " + ImageConsentColumn.unknown(consentWords));
                }
                if (problems.isEmpty()) {
                    if (allowed != null && lineRole == PersonRole.PUPIL) {
                        consent.put(misId, allowed);
                    }
                    entries.add(new RosterEntry(misId, fullName.replaceAll("\\s+", " "), lineRole, yearAndClass));
                    roles.add(lineRole);
                }
            }
            problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> errors.add(new FieldProblem(FIELD,
                    Character.toUpperCase(p.charAt(0)) + p.substring(1))));
            if (problems.size() > PROBLEMS_SHOWN) {
                errors.add(new FieldProblem(FIELD, "And " + (problems.size() - PROBLEMS_SHOWN) + " more lines with "
                        + "problems. Nothing was imported."));
            }
            if (problems.isEmpty() && entries.isEmpty()) {
                errors.add(new FieldProblem(FIELD, "The file lists nobody under its first line."));
            }
            return errors.isEmpty() ? Optional.of(new Read(entries, roles, consent)) : Optional.empty();
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            errors.add(new FieldProblem(FIELD, "The file could not be read as CSV: export it again from your MIS "
                    + "as CSV (comma separated)."));
            return Optional.empty();
        }
    }

    /** UTF-8 when the bytes are; Windows-1252 (what older MIS exports write) when they are not. */
    private static String decoded(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static PersonRole roleOf(String words, PersonRole fallback) {
        if (blank(words)) {
            return fallback;
        }
        return ROLE_WORDS.get(key(words));
    }

    /** "Year 7, 7B": the year (a bare number made "Year 7") and the class, either alone, or null. */
    static String groupOf(String year, String group) {
        String y = blank(year) ? null : year.strip().matches("\\d{1,2}|R") ? "Year " + year.strip() : year.strip();
        String g = blank(group) ? null : group.strip();
        if (y == null || g == null || g.equalsIgnoreCase(y)) {
            return y != null ? y : g;
        }
        return y + ", " + g;
    }

    private static String key(String heading) {
        return heading == null ? "" : heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Integer first(Map<String, Integer> columns, List<String> names) {
        return names.stream().filter(columns::containsKey).map(columns::get).findFirst().orElse(null);
    }

    private static List<Integer> all(Map<String, Integer> columns, List<String> names) {
        return names.stream().filter(columns::containsKey).map(columns::get).toList();
    }

    private static String firstFilled(CSVRecord line, List<Integer> columns) {
        return columns.stream().map(c -> cell(line, c)).filter(v -> !blank(v)).findFirst().orElse("");
    }

    private static String cell(CSVRecord line, Integer column) {
        return column == null || column >= line.size() ? null : line.get(column);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }
}
