package uk.tidemark.app.category;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.TrustCategory;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A trust's own categories ({@code tidemark_trust_category}, decision 0041): each under one of the nine built-in
 * categories, which the reports count by. Configuration, like the settings: an administrator adds, renames and
 * retires them; nothing deletes one, because cases name it. A case keeps the id and, in its events, the name it had
 * then; what the case shows now is the name it has now ({@link #namesOf}).
 */
@Repository
public class TrustCategoryStore {

    /** The longest name, in characters: a radio button's label on a phone. */
    public static final int MAX_NAME = 100;

    /** One category of a trust; {@code under} the built-in category the reports count it as. */
    public record Row(String id, String trustId, String name, Category under, boolean retired, Instant createdAt,
                      String createdBy) {

        /** As a case names it (decision 0041): its id, its name now, the built-in category it is under. */
        public TrustCategory onCase() {
            return new TrustCategory(id, name, under);
        }
    }

    /** By the built-in category they are under (in the API's order), then by name. */
    public static final Comparator<Row> ORDER = Comparator.comparing(Row::under)
            .thenComparing(r -> r.name().toLowerCase(Locale.ROOT));

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getString("id"), rs.getString("trust_id"),
            rs.getString("name"), Category.valueOf(rs.getString("under_category")), rs.getBoolean("retired"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    private static final String COLUMNS = "id, trust_id, name, under_category, retired, created_at, created_by";

    private final JdbcTemplate jdbc;

    TrustCategoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every category of the trust, retired ones included, in {@link #ORDER}. */
    public List<Row> of(String trustId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tidemark_trust_category WHERE trust_id = ?", ROW, trustId)
                .stream().sorted(ORDER).toList();
    }

    /** The categories a case of the trust may be given now: not retired, in {@link #ORDER}. */
    public List<Row> activeOf(String trustId) {
        return trustId == null ? List.of() : of(trustId).stream().filter(r -> !r.retired()).toList();
    }

    public Optional<Row> find(String id) {
        return id == null ? Optional.empty() : jdbc.query("SELECT " + COLUMNS
                + " FROM tidemark_trust_category WHERE id = ?", ROW, id).stream().findFirst();
    }

    /** The names the categories have now, by id, for those of {@code ids} that exist (none asked: none read). */
    public Map<String, String> namesOf(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        List<String> wanted = ids.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        if (wanted.isEmpty()) {
            return names;
        }
        String marks = String.join(", ", wanted.stream().map(id -> "?").toList());
        jdbc.query("SELECT id, name FROM tidemark_trust_category WHERE id IN (" + marks + ")",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                }, wanted.toArray());
        return names;
    }

    /** The trust's category whose name compares equal to {@code name} (capitals and spaces aside), if any. */
    public Optional<Row> named(String trustId, String name) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tidemark_trust_category WHERE trust_id = ? AND name_key = ?",
                ROW, trustId, key(name)).stream().findFirst();
    }

    /** Adds a category with a free id made from its name; a name taken meanwhile is the database's unique key. */
    public Row add(String trustId, String name, Category under, String by) {
        String id = freeId(slug(name));
        Instant now = Instant.now();
        jdbc.update("INSERT INTO tidemark_trust_category (id, trust_id, name, name_key, under_category, retired, "
                        + "created_by, created_at) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)",
                id, trustId, name, key(name), under.name(), by, Timestamp.from(now));
        return new Row(id, trustId, name, under, false, now, by);
    }

    /** @return false when it has that name already (nothing changed) */
    public boolean rename(String id, String name) {
        return jdbc.update("UPDATE tidemark_trust_category SET name = ?, name_key = ? WHERE id = ? AND name <> ?",
                name, key(name), id, name) > 0;
    }

    /** @return false when it was retired (or not) already */
    public boolean retire(String id, boolean retired) {
        return jdbc.update("UPDATE tidemark_trust_category SET retired = ? WHERE id = ? AND retired <> ?",
                retired, id, retired) > 0;
    }

    /** How names are compared: "Group  Chats " and "group chats" are one name. */
    public static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** "Group chats (Year 7)" → "group-chats-year-7"; "category" when the name has no letter or digit to use. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ENGLISH).replace("'", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        plain = plain.length() > 56 ? plain.substring(0, 56).replaceAll("-+$", "") : plain;
        return plain.isEmpty() ? "category" : plain;
    }

    private String freeId(String base) {
        String id = base;
        for (int n = 2; find(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
