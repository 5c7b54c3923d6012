package uk.tidemark.app.refusal;

/**
 * One offending part of a request, as listed in a 400 problem's {@code errors}: {@code field} is the JSON path
 * of the body field ({@code people[0].name}), the query or path parameter, the header, or {@code body} when
 * the body as a whole is unreadable; {@code detail} says what is wrong in words a person can act on.
 */
public record FieldProblem(String field, String detail) {
}
