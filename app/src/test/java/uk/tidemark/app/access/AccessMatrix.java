package uk.tidemark.app.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The role × endpoint matrix, {@code docs/access-matrix.csv}, as {@link AccessMatrixTest} reads it: a row per endpoint
 * with its source (Spring MVC or a filter) and what each role gets, played by one test user each.
 */
final class AccessMatrix {

    static final Path FILE = Path.of("..", "docs", "access-matrix.csv");

    /** The columns of the matrix after method, path and source, and the test user who plays each role. */
    static final Map<String, String> PLAYERS = players();

    record Row(String method, String path, String source, Map<String, String> expected) {
        String key() {
            return method + " " + path;
        }
    }

    private AccessMatrix() {
    }

    static List<Row> rows() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> content = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> header = Arrays.asList(content.get(0).split(","));
        assertThat(header).as("the matrix's columns").isEqualTo(columns());
        List<Row> rows = new ArrayList<>();
        for (String line : content.subList(1, content.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).as("cells of %s", line).hasSize(header.size());
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 3; i < cells.length; i++) {
                assertThat(cells[i]).as("outcome of %s", line).isIn("allow", "deny", "hidden", "auth", "login");
                expected.put(header.get(i), cells[i]);
            }
            assertThat(cells[2]).as("source of %s", line).isIn("mvc", "filter");
            rows.add(new Row(cells[0], cells[1], cells[2], expected));
        }
        return rows;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("method", "path", "source"));
        columns.addAll(PLAYERS.keySet());
        return columns;
    }

    private static Map<String, String> players() {
        Map<String, String> players = new LinkedHashMap<>();
        players.put("anonymous", null);
        players.put("STAFF", STAFF_A);
        players.put("DSL", DSL_A);
        players.put("DEPUTY_DSL", DEPUTY_A);
        players.put("HR", HR);
        players.put("HEADTEACHER", HEAD_A);
        players.put("TRUSTEE", TRUSTEE);
        players.put("ADMIN", ADMIN);
        return players;
    }
}
