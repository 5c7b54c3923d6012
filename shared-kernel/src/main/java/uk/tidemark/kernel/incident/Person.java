package uk.tidemark.kernel.incident;

/** A person named on a case, with their role and how they are involved. */
public record Person(PersonId personId, String name, PersonRole role, Involvement involvement) {
}
