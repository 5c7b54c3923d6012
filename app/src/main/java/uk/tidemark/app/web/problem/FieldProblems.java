package uk.tidemark.app.web.problem;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.tidemark.app.refusal.FieldProblem;

/** Bean Validation's findings as the problem's {@code errors}, in a stable order (field, then detail). */
public final class FieldProblems {

    private FieldProblems() {
    }

    public static List<FieldProblem> of(BindingResult binding) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ObjectError error : binding.getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : JsonReadProblems.BODY;
            errors.add(new FieldProblem(field, error.getDefaultMessage()));
        }
        errors.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::detail));
        return errors;
    }
}
