package uk.tidemark.app.web.page;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;
import uk.tidemark.app.refusal.FieldProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** GOV.UK's date input read as people type it, and refused in GOV.UK's words (issue 16, decision 0045). */
class DateFieldsTest {

    record Hearing(@NotNull(message = "is required.") LocalDate hearingOn, LocalDate other) {
    }

    private final PageForms forms = new PageForms(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void realDatesAreReadWithOrWithoutLeadingZeros() {
        assertThat(DateFields.date("14", "12", "2026").date()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(DateFields.date("04", "01", "2027").date()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(DateFields.date(" 29 ", "2", "2028").date()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aDayTheMonthDoesNotHaveIsNotARealDate() {
        DateFields.Read read = DateFields.date("31", "02", "2026");
        assertThat(read.date()).isNull();
        assertThat(read.problem()).isEqualTo("must be a real date.");
        assertThat(read.wrong()).containsExactly("day");
        assertThat(DateFields.date("29", "2", "2026").problem()).isEqualTo("must be a real date.");
        assertThat(DateFields.date("12", "13", "2026").wrong()).containsExactly("month");
        assertThat(DateFields.date("0", "0", "2026").wrong()).containsExactlyInAnyOrder("day", "month");
        assertThat(DateFields.date("1st", "Dec", "2026").wrong()).containsExactly("day", "month");
    }

    @Test
    void aYearOfTwoDigitsIsRefusedNotGuessed() {
        DateFields.Read read = DateFields.date("14", "12", "26");
        assertThat(read.date()).isNull();
        assertThat(read.problem()).isEqualTo("must include the year in full, for example 2026.");
        assertThat(read.wrong()).containsExactly("year");
        assertThat(DateFields.date("14", "12", "-2026").problem()).isEqualTo("must be a real date.");
    }

    @Test
    void boxesLeftEmptyAreNamedAndAllEmptyIsNoDate() {
        assertThat(DateFields.date("", " ", null).blank()).isTrue();
        DateFields.Read noMonth = DateFields.date("14", "", "2026");
        assertThat(noMonth.problem()).isEqualTo("must include a month.");
        assertThat(noMonth.wrong()).containsExactly("month");
        DateFields.Read onlyMonth = DateFields.date(null, "12", "");
        assertThat(onlyMonth.problem()).isEqualTo("must include a day and year.");
        assertThat(onlyMonth.wrong()).containsExactly("day", "year");
    }

    @Test
    void timesAsPeopleWriteThem() {
        assertThat(DateFields.time("14:30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(DateFields.time("9.05")).isEqualTo(LocalTime.of(9, 5));
        assertThat(DateFields.time("2:30pm")).isEqualTo(LocalTime.of(14, 30));
        assertThat(DateFields.time("12am")).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(DateFields.time("12 PM")).isEqualTo(LocalTime.NOON);
        assertThat(DateFields.time("14")).isNull();
        assertThat(DateFields.time("25:00")).isNull();
        assertThat(DateFields.time("13pm")).isNull();
        assertThat(DateFields.time("half past two")).isNull();
    }

    @Test
    void everyPageFormGetsItsDatesReadIntoTheApisIsoValue() {
        Map<String, String> submitted = new LinkedHashMap<>();
        submitted.put("hearingOn-day", "14");
        submitted.put("hearingOn-month", "12");
        submitted.put("hearingOn-year", "2026");
        submitted.put("other", "2026-03-02"); // an ISO value sent as the field itself (a script's) still reads
        PageForms.Bound<Hearing> bound = forms.bind(submitted, Hearing.class);
        assertThat(bound.ok()).as("%s", bound.errors()).isTrue();
        assertThat(bound.value()).isEqualTo(new Hearing(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 3, 2)));
    }

    @Test
    void aDateThatCannotBeReadIsItsFieldsOneProblemNotRequiredAsWell() {
        PageForms.Bound<Hearing> refused = forms.bind(Map.of("hearingOn-day", "31", "hearingOn-month", "2",
                "hearingOn-year", "2026"), Hearing.class);
        assertThat(refused.errors()).containsExactly(new FieldProblem("hearingOn", "must be a real date."));
        PageForms.Bound<Hearing> partial = forms.bind(Map.of("hearingOn-day", "31", "hearingOn-month", "",
                "hearingOn-year", "", "other-year", "2026"), Hearing.class);
        assertThat(partial.errors()).containsExactly(new FieldProblem("hearingOn", "must include a month and year."),
                new FieldProblem("other", "must include a day and month."));
        PageForms.Bound<Hearing> empty = forms.bind(Map.of("hearingOn-day", " ", "hearingOn-month", "",
                "hearingOn-year", ""), Hearing.class);
        assertThat(empty.errors()).containsExactly(new FieldProblem("hearingOn", "is required."));
    }

    @Test
    void theSummaryAndTheFieldWordTheProblemAlikeAndMarkOnlyTheWrongBoxes() {
        Map<String, String> values = Map.of("hearingOn-day", "14", "hearingOn-month", "", "hearingOn-year", "2026");
        Form form = new Form("invite", values, List.of(new FieldProblem("hearingOn", "must include a month.")), null);
        FieldProblem problem = form.errors().get(0);
        assertThat(form.sentence(problem, Map.of("hearingOn", "Hearing date")))
                .isEqualTo("Hearing date must include a month.")
                .isEqualTo(form.dateSentence("hearingOn", "Hearing date"));
        assertThat(form.wrongBox("hearingOn", "month")).isTrue();
        assertThat(form.wrongBox("hearingOn", "day")).isFalse();
        assertThat(form.anchor("hearingOn")).isEqualTo("invite-hearingOn-month");

        Form empty = new Form("invite", Map.of("hearingOn-day", "", "hearingOn-month", "", "hearingOn-year", ""),
                List.of(new FieldProblem("hearingOn", "is required.")), null);
        assertThat(empty.sentence(empty.errors().get(0), Map.of("hearingOn", "Hearing date")))
                .startsWith("Enter the hearing date, for example ").matches(".* \\d{1,2} \\d{1,2} \\d{4}");
        assertThat(empty.anchor("hearingOn")).isEqualTo("invite-hearingOn-day");
        assertThat(Set.of("day", "month", "year")).allMatch(box -> empty.wrongBox("hearingOn", box));
        assertThat(DateFields.sentence("When it happened", "must not be in the future."))
                .isEqualTo("The date it happened must not be in the future.");
    }

    @Test
    void aDateAndTimeIsAnInstantInLondonAndATimeNotKnownIsTheStartOfTheDay() {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> summer = DateFields.combineInstant(Map.of("at-day", "1", "at-month", "7", "at-year", "2026",
                "at-time", "9:15am"), "at", false, problems);
        assertThat(summer.get("at")).isEqualTo("2026-07-01T08:15:00Z");
        Map<String, String> unknown = DateFields.combineInstant(Map.of("at-day", "1", "at-month", "7",
                "at-year", "2026", "at-time", "", "at-time-not-known", "true"), "at", false, problems);
        assertThat(Instant.parse(unknown.get("at"))).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(problems).isEmpty();

        DateFields.combineInstant(Map.of("at-day", "1", "at-month", "7", "at-year", "2026"), "at", false, problems);
        DateFields.combineInstant(Map.of("at-day", "1", "at-month", "7", "at-year", "2026", "at-time", "25:00"), "at",
                false, problems);
        DateFields.combineInstant(Map.of("at-time", "10:00"), "at", false, problems);
        assertThat(problems).extracting(FieldProblem::detail).containsExactly(DateFields.NEEDS_TIME,
                DateFields.REAL_TIME, DateFields.NEEDS_DATE);
        Form form = new Form("f", Map.of("at-day", "1", "at-month", "7", "at-year", "2026", "at-time", ""),
                List.of(new FieldProblem("at", DateFields.NEEDS_TIME)), null);
        assertThat(form.anchor("at")).isEqualTo("f-at-time");
        assertThat(form.wrongBox("at", "day")).isFalse();
    }
}
