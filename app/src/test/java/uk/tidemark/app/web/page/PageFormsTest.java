package uk.tidemark.app.web.page;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;
import uk.tidemark.app.refusal.FieldProblem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A submitted form read into an API request record, as the pages do, with the API's own validation. */
class PageFormsTest {

    enum Severity { LOW, HIGH }

    record Person(@NotBlank(message = "is required.") String name, @NotNull(message = "is required.") Severity role) {
    }

    record Request(@NotBlank(message = "is required.") String reason, @NotNull(message = "is required.") Severity severity,
                   LocalDate on, @NotNull(message = "is required.") Boolean urgent, List<@Valid Person> people) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final PageForms forms = new PageForms(validator);

    @Test
    void aCompleteFormIsReadIntoTheRecordWithItsIndexedPeopleInOrder() {
        Map<String, String> submitted = new LinkedHashMap<>();
        submitted.put("_csrf", "token");
        submitted.put("reason", "  A post about a pupil  ");
        submitted.put("severity", "HIGH");
        submitted.put("on", "2026-03-02");
        submitted.put("urgent", "true");
        submitted.put("people[1].name", "Second");
        submitted.put("people[1].role", "LOW");
        submitted.put("people[0].name", "First");
        submitted.put("people[0].role", "HIGH");
        PageForms.Bound<Request> bound = forms.bind(submitted, Request.class);
        assertThat(bound.ok()).as("%s", bound.errors()).isTrue();
        assertThat(bound.value()).isEqualTo(new Request("A post about a pupil", Severity.HIGH, LocalDate.of(2026, 3, 2),
                true, List.of(new Person("First", Severity.HIGH), new Person("Second", Severity.LOW))));
    }

    @Test
    void emptyFieldsAreMissingOnesAndEachIsNamedWithTheApisPath() {
        Map<String, String> submitted = new LinkedHashMap<>();
        submitted.put("reason", "   ");
        submitted.put("severity", "");
        submitted.put("people[0].name", "");
        submitted.put("people[0].role", "LOW");
        PageForms.Bound<Request> bound = forms.bind(submitted, Request.class);
        assertThat(bound.ok()).isFalse();
        assertThat(bound.errors()).extracting(FieldProblem::field)
                .containsExactly("people[0].name", "reason", "severity", "urgent");
    }

    @Test
    void aValueOfTheWrongTypeIsAProblemOfItsFieldNotAFailure() {
        PageForms.Bound<Request> badDate = forms.bind(Map.of("reason", "r", "severity", "HIGH", "urgent", "true",
                "on", "next tuesday"), Request.class);
        assertThat(badDate.errors()).extracting(FieldProblem::field).containsExactly("on");
        PageForms.Bound<Request> badChoice = forms.bind(Map.of("reason", "r", "severity", "MEDIUM", "urgent", "true"),
                Request.class);
        assertThat(badChoice.errors()).extracting(FieldProblem::field).containsExactly("severity");
        assertThat(badChoice.value()).isNull();
    }

    @Test
    void aFieldTheRequestDoesNotHaveIsRefusedNotIgnored() {
        PageForms.Bound<Request> extra = forms.bind(Map.of("reason", "r", "severity", "HIGH", "urgent", "true",
                "reporter", "someone-else"), Request.class);
        assertThat(extra.ok()).isFalse();
        assertThat(extra.errors()).extracting(FieldProblem::field).containsExactly("reporter");
    }
}
