package uk.tidemark.app.web.validation;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.app.web.validation.DateRules;
import uk.tidemark.app.web.validation.IsoDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.tidemark.app.web.validation.DateRules.Tense.*;

/** The one date rule (decision 0027), field by field. */
class DateRulesTest {

    private static final ObjectMapper WEB = JsonMapper.builder().addModule(new IsoDates()).build();

    record Body(Instant at, LocalDate on) {
    }

    @Test
    void theWindowHoldsForEveryTense() {
        for (DateRules.Tense tense : DateRules.Tense.values()) {
            assertThat(DateRules.problem(LocalDate.of(1899, 12, 31), tense)).contains("1900-01-01", "2100-12-31");
            assertThat(DateRules.problem(LocalDate.MAX, tense)).contains("between");
            assertThat(DateRules.problem(Instant.MIN, tense)).contains("between");
            assertThat(DateRules.problem(Instant.parse("2101-01-01T00:00:00Z"), tense)).contains("between");
            assertThat(DateRules.problem((Instant) null, tense)).isNull();
        }
        assertThat(DateRules.problem(LocalDate.of(1900, 1, 1), ANY)).isNull();
        assertThat(DateRules.problem(LocalDate.of(2100, 12, 31), FALLS_DUE)).isNull();
    }

    @Test
    void whatHasHappenedIsNotInTheFutureAndWhatFallsDueNotInThePast() {
        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        assertThat(DateRules.problem(today, HAS_HAPPENED)).isNull();
        assertThat(DateRules.problem(today.plusDays(1), HAS_HAPPENED)).isEqualTo(DateRules.FUTURE);
        assertThat(DateRules.problem(today, FALLS_DUE)).isNull();
        assertThat(DateRules.problem(today.minusDays(1), FALLS_DUE)).isEqualTo(DateRules.PAST);
        assertThat(DateRules.problem(Instant.now().plus(2, ChronoUnit.MINUTES), HAS_HAPPENED)).isNull(); // grace
        assertThat(DateRules.problem(Instant.now().plus(10, ChronoUnit.MINUTES), HAS_HAPPENED))
                .isEqualTo(DateRules.FUTURE);
    }

    @Test
    void textIsReadAsIsoOnly() {
        List<FieldProblem> errors = new ArrayList<>();
        assertThat(DateRules.instant("from", "2025-03-01T00:00:00Z", ANY, errors))
                .isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(DateRules.instant("from", "12345", ANY, errors)).isNull();
        assertThat(DateRules.instant("to", "-300000000-01-01T00:00:00Z", ANY, errors)).isNull();
        assertThat(DateRules.date("on", "2026-02-30", ANY, errors)).isNull();
        assertThat(DateRules.date("on", " ", ANY, errors)).isNull();
        assertThat(errors).extracting(FieldProblem::field).containsExactly("from", "to", "on");
        assertThat(errors.get(0).detail()).contains("ISO-8601");
    }

    @Test
    void jsonNumbersAreNeverDatesOrTimes() throws Exception {
        assertThatThrownBy(() -> WEB.readValue("{\"at\": 12345}", Body.class)).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> WEB.readValue("{\"at\": \"12345\"}", Body.class)).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> WEB.readValue("{\"at\": 12345.5}", Body.class)).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> WEB.readValue("{\"on\": 20000}", Body.class)).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> WEB.readValue("{\"on\": \"2026-03-02T00:00:00Z\"}", Body.class))
                .isInstanceOf(DatabindException.class);
        Body read = WEB.readValue("{\"at\": \"2025-03-14T09:30:00Z\", \"on\": \"+999999999-12-31\"}", Body.class);
        assertThat(read.at()).isEqualTo(Instant.parse("2025-03-14T09:30:00Z"));
        assertThat(read.on()).isEqualTo(LocalDate.MAX); // read; the window refuses it
        assertThat(WEB.readValue("{\"at\": \"2025-03-14T10:30:00+01:00\"}", Body.class).at())
                .isEqualTo(Instant.parse("2025-03-14T09:30:00Z"));
    }
}
