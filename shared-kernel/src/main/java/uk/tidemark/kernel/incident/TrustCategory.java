package uk.tidemark.kernel.incident;

/**
 * One of a trust's own categories, as a case names it (decision 0041): its id, its name as it was when the case was
 * given it (a later rename does not rewrite what the chronology said), and the built-in {@link Category} it is
 * counted under in every report. A case's trust category is always under the case's main category.
 */
public record TrustCategory(String id, String name, Category under) {
}
