package uk.tidemark.kernel.officialaccount;

import java.time.LocalDate;

/**
 * Someone with access to an official account. {@code username} is their Tidemark user, null for a moderator who has
 * none (a volunteer, a parent governor): then only their name is known. {@code dbsCheckedOn} is a moderator's last
 * DBS check (null when not recorded, and for the lead and administrators).
 */
public record AccountPerson(String personId, String username, String name, AccountRole role, LocalDate dbsCheckedOn) {
}
