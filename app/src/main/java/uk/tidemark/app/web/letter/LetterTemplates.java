package uk.tidemark.app.web.letter;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.tidemark.kernel.letter.LetterKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The letters' templates as a trust's administrator has edited them ({@code tidemark_letter_template}, decision
 * 0049), or the defaults shipped in {@code letters/<kind>.txt}. A template is plain text: paragraphs separated by a
 * blank line, with {@code {{name}}} where a fact of the case goes ({@link Letters#FACTS}). The letterhead is a
 * template too ({@link #LETTERHEAD}), the lines every letter of the trust begins with.
 */
@Repository
public class LetterTemplates {

    /** The kind under which the letterhead is kept. */
    public static final String LETTERHEAD = "LETTERHEAD";
    /** The longest template, in characters. */
    public static final int MAX = 10_000;

    /** A template: its text, and who last changed it when (both null for the shipped default). */
    public record Template(String kind, String body, String updatedBy, Instant updatedAt) {
        public boolean edited() {
            return updatedBy != null;
        }
    }

    private final JdbcTemplate jdbc;

    LetterTemplates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind an administrator edits: the letterhead, then each letter. */
    public static List<String> kinds() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(LETTERHEAD),
                java.util.Arrays.stream(LetterKind.values()).map(Enum::name)).toList();
    }

    /** The trust's template for {@code kind}, or the default. */
    public Template of(String trustId, String kind) {
        Optional<Template> stored = trustId == null ? Optional.empty() : jdbc.query(
                "SELECT kind, body, updated_by, updated_at FROM tidemark_letter_template WHERE trust_id = ? AND kind = ?",
                (rs, n) -> new Template(rs.getString("kind"), rs.getString("body"), rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()), trustId, kind).stream().findFirst();
        return stored.orElseGet(() -> new Template(kind, shipped(kind), null, null));
    }

    /** Keeps the trust's text for {@code kind}; the default again when {@code body} is null. */
    public void save(String trustId, String kind, String body, String by) {
        jdbc.update("DELETE FROM tidemark_letter_template WHERE trust_id = ? AND kind = ?", trustId, kind);
        if (body != null) {
            jdbc.update("INSERT INTO tidemark_letter_template (trust_id, kind, body, updated_by, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?)", trustId, kind, body, by, Timestamp.from(Instant.now()));
        }
    }

    /** The default shipped for {@code kind}. */
    public static String shipped(String kind) {
        String file = LETTERHEAD.equals(kind) ? "letterhead" : LetterKind.valueOf(kind).slug();
        try (var in = new ClassPathResource("letters/" + file + ".txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Letterhead", or the letter's title. */
    public static String title(String kind) {
        return LETTERHEAD.equals(kind) ? "Letterhead" : LetterKind.valueOf(kind).title();
    }
}
