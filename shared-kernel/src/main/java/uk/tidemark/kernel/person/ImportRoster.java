package uk.tidemark.kernel.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.PersonRole;

import java.util.List;
import java.util.Set;

/**
 * The setting's list of people as its MIS exports it, imported whole: a person new to the list joins it, a person
 * whose name, role or year or class differs is changed, and a person of the {@code roles} the file covers who is no
 * longer in it is marked as left (never deleted). The same file imported again changes nothing. {@code source} is
 * the file's name, for the record.
 */
public record ImportRoster(@TargetAggregateIdentifier RosterId rosterId, List<RosterEntry> entries,
                           Set<PersonRole> roles, String source) {
}
