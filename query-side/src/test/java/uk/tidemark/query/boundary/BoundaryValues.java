package uk.tidemark.query.boundary;

import uk.tidemark.kernel.incident.ReceivedRecord;

import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.EvidenceFile;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.TrustCategory;
import uk.tidemark.kernel.time.DateWindow;
import uk.tidemark.query.support.ReadStoreConversions;

import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.AccountRole;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The values an event's fields are fed with: for each type, a usual value and the boundaries (the date window's
 * edges and just outside them, the extremes of {@link Instant} and {@link LocalDate} and of what MongoDB can hold, the
 * empty and the longest text the API takes, lists empty and at the API's maxima, every enum constant) and null where
 * the command side can send it: every field but an id, which the server always generates.
 */
final class BoundaryValues {

    static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneId.of("Europe/London"));
    /** The longest text the API accepts in any field (a chronology note, a warning's text). */
    static final String LONGEST = "x".repeat(10_000);
    static final String SETTING = "school-1";
    static final String PERSON = "person-1";
    static final String STAFF_PERSON = "person-2";

    static final List<Instant> INSTANTS = nullable(DateWindow.FIRST_INSTANT, DateWindow.LAST_INSTANT,
            DateWindow.FIRST_INSTANT.minusNanos(1), DateWindow.LAST_INSTANT.plusNanos(1), Instant.MIN, Instant.MAX,
            Instant.EPOCH, Instant.parse("-300000000-01-01T00:00:00Z"), ReadStoreConversions.EARLIEST,
            ReadStoreConversions.LATEST, ReadStoreConversions.EARLIEST.minusMillis(1),
            ReadStoreConversions.LATEST.plusMillis(1), NOW);
    static final List<LocalDate> DATES = nullable(DateWindow.FIRST_DAY, DateWindow.LAST_DAY,
            DateWindow.FIRST_DAY.minusDays(1), DateWindow.LAST_DAY.plusDays(1), LocalDate.MIN, LocalDate.MAX,
            LocalDate.EPOCH, LocalDate.parse("+999999999-12-31"), TODAY);
    static final List<String> TEXTS = nullable("", " ", "x", LONGEST, "Zoë 😀 \u202Eevil\u0000 $where a.b {\"$gt\":1}",
            "line\nbreak\ttab");
    /** Ids are never null nor blank (the server makes them); otherwise anything. */
    static final List<String> IDS = List.of("x", "a/b/c", "$id.with.dots", "😀", LONGEST, PERSON, STAFF_PERSON, "w-1",
            "r-1");

    private BoundaryValues() {
    }

    @SafeVarargs
    private static <T> List<T> nullable(T... values) {
        List<T> all = new ArrayList<>(Arrays.asList(values));
        all.add(null);
        return Collections.unmodifiableList(all);
    }

    /**
     * The ids the server makes itself, never null: a case's, a setting's (from the user's own), and those of the
     * records an action creates. Other ids (an owner, a linked incident, an employee's person) may be absent.
     */
    static final java.util.Set<String> GENERATED = java.util.Set.of("incidentId", "caseId", "complaintId",
            "disciplinaryCaseId", "settingId", "deadlineId", "noteId", "actionId", "evidenceId", "referralId",
            "escalationId", "updateId", "warningId", "personId");

    /** Whether a field is an id: a typed id, or a String named like one. */
    static boolean isId(RecordComponent component) {
        Class<?> type = component.getType();
        return isTypedId(type) || type == String.class && component.getName().endsWith("Id");
    }

    static boolean isTypedId(Class<?> type) {
        return type.isRecord() && type.getRecordComponents().length == 1
                && type.getRecordComponents()[0].getType() == String.class && type.getSimpleName().endsWith("Id");
    }

    /** The boundaries of a field. */
    static List<Object> of(RecordComponent component) {
        Class<?> type = component.getType();
        boolean absentAllowed = !GENERATED.contains(component.getName());
        if (isTypedId(type)) {
            List<Object> ids = new ArrayList<>(IDS.stream().map(id -> typedId(type, id)).toList());
            if (absentAllowed) {
                ids.add(null);
            }
            return ids;
        }
        if (type == String.class && isId(component)) {
            List<Object> ids = new ArrayList<>(IDS);
            if (absentAllowed) {
                ids.add(null);
            }
            return ids;
        }
        if (type == String.class) {
            return new ArrayList<>(TEXTS);
        }
        if (type == Instant.class) {
            return new ArrayList<>(INSTANTS);
        }
        if (type == LocalDate.class) {
            return new ArrayList<>(DATES);
        }
        if (type == boolean.class) {
            return List.of(true, false);
        }
        if (type == int.class) {
            return List.of(0, 1, -1, Integer.MAX_VALUE);
        }
        if (type == uk.tidemark.kernel.declaration.Contact.class) { // a contact declaration's, or none (an approval)
            return new ArrayList<Object>(nullable(new uk.tidemark.kernel.declaration.Contact(
                            uk.tidemark.kernel.declaration.ContactFrom.PUPIL, "Pupil One",
                            uk.tidemark.kernel.declaration.ContactKind.MESSAGE, Platform.INSTAGRAM, DATES.get(0), ""),
                    new uk.tidemark.kernel.declaration.Contact(null, null, null, null, null, null),
                    new uk.tidemark.kernel.declaration.Contact(uk.tidemark.kernel.declaration.ContactFrom.PARENT,
                            LONGEST, null, Platform.OTHER, LocalDate.of(2100, 12, 31), LONGEST)));
        }
        if (type == uk.tidemark.kernel.declaration.ApprovalRequest.class) { // an approval's, or none (a contact)
            return new ArrayList<Object>(nullable(new uk.tidemark.kernel.declaration.ApprovalRequest(null, null),
                    new uk.tidemark.kernel.declaration.ApprovalRequest(
                            uk.tidemark.kernel.declaration.ApprovalKind.values()[0], LONGEST),
                    new uk.tidemark.kernel.declaration.ApprovalRequest(
                            uk.tidemark.kernel.declaration.ApprovalKind.values()[0], "Zoë 😀 \u202Eevil\u0000 $where")));
        }
        if (type == LocalTime.class) {
            return new ArrayList<Object>(nullable(LocalTime.MIN, LocalTime.NOON, LocalTime.MAX));
        }
        if (type == Boolean.class) {
            return new ArrayList<Object>(nullable(true, false));
        }
        if (type.isEnum()) {
            return new ArrayList<Object>(nullable((Object[]) type.getEnumConstants()));
        }
        if (type == Person.class) { // always given (the case refuses a command without one); its fields at their edges
            return List.of(people(1).get(0), new Person(PersonId.of(PERSON), null, null, null, null),
                    new Person(PersonId.of(PERSON), LONGEST, PersonRole.STAFF, Involvement.SUBJECT, LONGEST),
                    new Person(PersonId.of(PERSON), "", PersonRole.UNKNOWN, Involvement.WITNESS, ""));
        }
        if (type == EvidenceFile.class) {
            return new ArrayList<Object>(nullable(new EvidenceFile("IMG_0042.PNG", 48_213, "image/png"),
                    new EvidenceFile("", 0, ""), new EvidenceFile(LONGEST, Long.MAX_VALUE, LONGEST),
                    new EvidenceFile("Zoë 😀 \u202Eevil\u0000.png", 1, "text/plain")));
        }
        if (type == AccountPerson.class) { // always given (the account refuses a command without one), at the edges
            return new ArrayList<Object>(List.of(new AccountPerson("p-1", "lead1", "Lee Lead", AccountRole.LEAD, null),
                    new AccountPerson("p-2", null, "Zoë 😀 \u202Eevil\u0000 $where", AccountRole.MODERATOR,
                            LocalDate.of(1900, 1, 1)),
                    new AccountPerson(LONGEST, LONGEST, LONGEST, AccountRole.ADMINISTRATOR, LocalDate.of(2100, 12, 31)),
                    new AccountPerson("$id.with.dots", "", "", null, null),
                    new AccountPerson(null, null, null, AccountRole.MODERATOR, null)));
        }
        if (type == TrustCategory.class) { // the app sends one of the trust's, or none; its fields at their edges
            return new ArrayList<Object>(nullable(new TrustCategory("group-chats", "Group chats", Category.CYBERBULLYING),
                    new TrustCategory("x", "", Category.OTHER), new TrustCategory(LONGEST, LONGEST, null),
                    new TrustCategory("$id.with.dots", "Zoë 😀 \u202Eevil\u0000 $where", Category.DEFAMATION)));
        }
        if (type == ReceivedRecord.class) { // always given (the case refuses an import without one), at its edges
            String sha = "a".repeat(64);
            return new ArrayList<Object>(List.of(received(),
                    new ReceivedRecord(null, null, null, null, sha, null, null, null, null),
                    new ReceivedRecord("", "", "", "", sha, "", INSTANTS.get(0), "", List.of()),
                    new ReceivedRecord(LONGEST, LONGEST, LONGEST, LONGEST, sha, LONGEST, NOW, LONGEST,
                            Collections.nCopies(200, new ReceivedRecord.Line(Long.MAX_VALUE, NOW, LONGEST, LONGEST,
                                    LONGEST))),
                    new ReceivedRecord("Zoë 😀 \u202Eevil\u0000 $where", "$id.with.dots", "x", "k", sha, "b", NOW,
                            "Zoë 😀", List.of(new ReceivedRecord.Line(0, null, null, null, null),
                            new ReceivedRecord.Line(-1, NOW, "", "", "Zoë 😀 \u202Eevil\u0000 $where")))));
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            if (element == Category.class) {
                return new ArrayList<Object>(nullable(List.of(), List.of(Category.DEFAMATION),
                        List.of(Category.values())));
            }
            if (element == String.class) {
                return new ArrayList<Object>(nullable(List.of(), List.of(""), Collections.nCopies(20, LONGEST),
                        List.of("https://example.org/1", "not a link", "😀")));
            }
            if (element == Person.class) {
                return new ArrayList<Object>(nullable(List.of(), people(50),
                        List.of(new Person(PersonId.of(PERSON), null, null, null, null)),
                        List.of(new Person(PersonId.of(PERSON), LONGEST, PersonRole.STAFF, Involvement.SUBJECT, LONGEST),
                                new Person(PersonId.of(PERSON), "", PersonRole.UNKNOWN, Involvement.WITNESS, ""))));
            }
        }
        throw new IllegalStateException("no boundary values for " + component + ": add them here");
    }

    /** The usual value of a field of an event of case {@code caseId}. */
    static Object usual(RecordComponent component, String caseId, CaseType caseType) {
        Class<?> type = component.getType();
        String name = component.getName();
        if (isTypedId(type)) {
            return typedId(type, type.getSimpleName().equals("PersonId") ? PERSON
                    : type.getSimpleName().equals("WarningId") ? "w-1" : caseId);
        }
        if (type == String.class) {
            return switch (name) {
                case "caseId" -> caseId;
                case "settingId" -> SETTING;
                case "deadlineId" -> caseId + "/FIRST_RESPONSE/1";
                case "referralId" -> "r-1";
                case "personId" -> PERSON;
                default -> name.endsWith("Id") ? name + "-1" : "Some words";
            };
        }
        if (type == Instant.class) {
            return NOW;
        }
        if (type == LocalDate.class) {
            return TODAY;
        }
        if (type == LocalTime.class) {
            return LocalTime.of(10, 30);
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == CaseType.class) {
            return caseType;
        }
        if (type == DeadlineKind.class) {
            return DeadlineKind.FIRST_RESPONSE;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == Person.class) {
            return people(1).get(0);
        }
        if (type == EvidenceFile.class) {
            return new EvidenceFile("IMG_0042.PNG", 48_213, "image/png");
        }
        if (type == TrustCategory.class) {
            return new TrustCategory("group-chats", "Group chats", Category.DEFAMATION);
        }
        if (type == AccountPerson.class) {
            return new AccountPerson("p-1", "lead1", "Lee Lead", AccountRole.LEAD, null);
        }
        if (type == int.class) {
            return 1;
        }
        if (type == ReceivedRecord.class) {
            return received();
        }
        if (type == uk.tidemark.kernel.declaration.Contact.class) {
            return new uk.tidemark.kernel.declaration.Contact(uk.tidemark.kernel.declaration.ContactFrom.PUPIL,
                    "Pupil One", uk.tidemark.kernel.declaration.ContactKind.MESSAGE, Platform.INSTAGRAM,
                    LocalDate.of(2026, 1, 5), "Did not reply");
        }
        if (type == uk.tidemark.kernel.declaration.ApprovalRequest.class) {
            return null;
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            return element == Person.class ? people(2) : element == Category.class ? List.of()
                    : List.of("https://example.org/1");
        }
        throw new IllegalStateException("no usual value for " + component + ": add one here");
    }

    /** A case received from another installation with two lines of its chronology there (decision 0057). */
    static ReceivedRecord received() {
        return new ReceivedRecord("Alder School", "AS-26-0001", "case-elsewhere", "b".repeat(64), "a".repeat(64),
                "c".repeat(64), NOW, "Dee Ess", List.of(
                new ReceivedRecord.Line(0, NOW, "INCIDENT_LOGGED", "Dee Ess", "Logged: cyberbullying on Instagram"),
                new ReceivedRecord.Line(1, NOW, "NOTE_ADDED", "Dee Ess", "Note: spoke to the parent")));
    }

    /** A pupil, a member of staff who is the subject, then others up to {@code count}. */
    static List<Person> people(int count) {
        List<Person> people = new ArrayList<>();
        people.add(new Person(PersonId.of(PERSON), "Pupil One", PersonRole.PUPIL, Involvement.TARGET, null));
        people.add(new Person(PersonId.of(STAFF_PERSON), "Staff Two", PersonRole.STAFF, Involvement.SUBJECT, "staff2"));
        for (int i = 2; i < count; i++) {
            people.add(new Person(PersonId.of("person-" + (i + 1)), LONGEST.substring(0, 200), PersonRole.UNKNOWN,
                    Involvement.WITNESS, null));
        }
        return people.subList(0, count);
    }

    static Object typedId(Class<?> type, String value) {
        try {
            return type.getDeclaredConstructor(String.class).newInstance(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
