package uk.tidemark.query.incident;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.incident.PersonRole;

/**
 * A person on a setting's roster (its MIS list), in collection {@value #COLLECTION}, by person id: the id the
 * roster gives them, which the cases that name them from the list use too.
 */
@Document(collection = RosterDocument.COLLECTION)
class RosterDocument {
    static final String COLLECTION = "roster";

    @Id
    String id;
    String settingId;
    String misId;
    String name;
    PersonRole role;
    /** Year or class, as the MIS lists it; null when it lists none. */
    String group;
    boolean left;
}
