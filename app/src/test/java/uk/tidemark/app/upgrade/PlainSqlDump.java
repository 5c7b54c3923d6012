package uk.tidemark.app.upgrade;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain SQL dump of a PostgreSQL database's {@code public} schema, written and loaded over JDBC: the embedded
 * PostgreSQL binaries the tests use carry {@code initdb}, {@code pg_ctl} and {@code postgres}, but no
 * {@code pg_dump} or {@code psql}. The file reads like {@code pg_dump}'s plain format (and {@code psql -f} loads
 * it): sequences, tables with their columns, types, defaults and NOT NULL, each table's rows as a {@code COPY}
 * block ordered by its primary key, the sequences' values, then constraints and indexes exactly as PostgreSQL's
 * catalog defines them ({@code pg_get_constraintdef}, {@code pg_get_indexdef}). Everything is in name order, so
 * the same database always gives the same bytes.
 *
 * <p>It dumps what Tidemark's migrations create and nothing more: writing refuses a schema that holds anything
 * else (views, functions, triggers, types, identity or generated columns), rather than leave it out silently.
 */
public final class PlainSqlDump {

    private static final String COPY_END = "\\.";

    private PlainSqlDump() {
    }

    public static void write(Connection c, Writer out) throws SQLException, IOException {
        refuseWhatIsNotDumped(c);
        try (Statement s = c.createStatement()) {
            // COPY writes times and dates by these settings: fix them, and tell the loader the same
            s.execute("SET TimeZone = 'UTC'");
            s.execute("SET DateStyle = 'ISO, YMD'");
            s.execute("SET IntervalStyle = 'postgres'");
            s.execute("SET extra_float_digits = 3");
            s.execute("SET bytea_output = 'hex'");
        }
        out.write("-- A plain SQL dump of the schema public, written over JDBC (uk.tidemark.app.upgrade.PlainSqlDump).\n");
        out.write("SET client_encoding = 'UTF8';\n");
        out.write("SET standard_conforming_strings = on;\n");
        out.write("SET TimeZone = 'UTC';\n");
        out.write("SET DateStyle = 'ISO, YMD';\n");
        out.write("SET IntervalStyle = 'postgres';\n");
        out.write("SET extra_float_digits = 3;\n\n");

        for (String[] seq : rows(c, "SELECT quote_ident(sequencename), data_type::text, start_value, min_value, "
                + "max_value, increment_by, cycle, cache_size FROM pg_sequences WHERE schemaname = 'public' "
                + "ORDER BY sequencename")) {
            out.write("CREATE SEQUENCE public." + seq[0] + " AS " + seq[1] + " START WITH " + seq[2]
                    + " INCREMENT BY " + seq[5] + " MINVALUE " + seq[3] + " MAXVALUE " + seq[4] + " CACHE " + seq[7]
                    + ("t".equals(seq[6]) ? " CYCLE" : " NO CYCLE") + ";\n");
        }
        out.write("\n");

        List<String> tables = column(c, "SELECT quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname");
        for (String table : tables) {
            List<String[]> columns = rows(c, "SELECT quote_ident(a.attname), format_type(a.atttypid, a.atttypmod), "
                    + "a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d "
                    + "ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = ('public.' || ?)::regclass "
                    + "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", table);
            List<String> definitions = new ArrayList<>();
            for (String[] col : columns) {
                definitions.add("    " + col[0] + " " + col[1] + (col[3] == null ? "" : " DEFAULT " + col[3])
                        + ("t".equals(col[2]) ? " NOT NULL" : ""));
            }
            out.write("CREATE TABLE public." + table + " (\n" + String.join(",\n", definitions) + "\n);\n\n");
        }

        for (String[] owned : rows(c, "SELECT quote_ident(s.relname), quote_ident(t.relname), quote_ident(a.attname) "
                + "FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace JOIN pg_depend d ON d.objid = s.oid "
                + "AND d.deptype = 'a' AND d.classid = 'pg_class'::regclass JOIN pg_class t ON t.oid = d.refobjid "
                + "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
                + "WHERE s.relkind = 'S' AND n.nspname = 'public' ORDER BY s.relname")) {
            out.write("ALTER SEQUENCE public." + owned[0] + " OWNED BY public." + owned[1] + "." + owned[2] + ";\n");
        }
        out.write("\n");

        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (String table : tables) {
            List<String> names = column(c, "SELECT quote_ident(attname) FROM pg_attribute WHERE attrelid = "
                    + "('public.' || ?)::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum", table);
            List<String> key = column(c, "SELECT quote_ident(a.attname) FROM pg_index i JOIN pg_attribute a "
                    + "ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) WHERE i.indrelid = "
                    + "('public.' || ?)::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)",
                    table);
            String order = String.join(", ", key.isEmpty() ? names : key);
            String columns = String.join(", ", names);
            out.write("COPY public." + table + " (" + columns + ") FROM stdin;\n");
            StringWriter data = new StringWriter();
            copy.copyOut("COPY (SELECT " + columns + " FROM public." + table + " ORDER BY " + order + ") TO STDOUT",
                    data);
            out.write(data.toString());
            out.write(COPY_END + "\n\n");
        }

        for (String[] seq : rows(c, "SELECT quote_ident(sequencename), last_value, start_value FROM pg_sequences "
                + "WHERE schemaname = 'public' ORDER BY sequencename")) {
            boolean called = seq[1] != null;
            out.write("SELECT pg_catalog.setval('public." + seq[0] + "', " + (called ? seq[1] : seq[2]) + ", "
                    + called + ");\n");
        }
        out.write("\n");

        // primary keys and unique constraints first (foreign keys need them), then checks, then foreign keys
        for (String[] constraint : rows(c, "SELECT quote_ident(t.relname), quote_ident(k.conname), "
                + "pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid "
                + "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' "
                + "AND k.contype IN ('p', 'u', 'c', 'f', 'x') "
                + "ORDER BY CASE k.contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 WHEN 'c' THEN 2 ELSE 3 END, t.relname, "
                + "k.conname")) {
            out.write("ALTER TABLE ONLY public." + constraint[0] + " ADD CONSTRAINT " + constraint[1] + " "
                    + constraint[2] + ";\n");
        }
        out.write("\n");
        for (String index : column(c, "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i "
                + "JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_namespace n ON n.oid = x.relnamespace "
                + "WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = "
                + "i.indexrelid AND k.contype IN ('p', 'u', 'x')) ORDER BY x.relname")) {
            out.write(index + ";\n");
        }
    }

    /** Loads a dump made by {@link #write} (or by {@code pg_dump}'s plain format of such a schema) in one transaction. */
    static void load(Connection c, Reader dump) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        BufferedReader lines = new BufferedReader(dump);
        StringBuilder statement = new StringBuilder();
        try (Statement s = c.createStatement()) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (statement.length() == 0 && (line.isBlank() || line.startsWith("--"))) {
                    continue;
                }
                if (statement.length() == 0 && line.startsWith("COPY ") && line.endsWith(" FROM stdin;")) {
                    StringBuilder data = new StringBuilder();
                    for (String row = lines.readLine(); !COPY_END.equals(row); row = lines.readLine()) {
                        if (row == null) {
                            throw new IOException("the dump ends inside " + line);
                        }
                        data.append(row).append('\n');
                    }
                    copy.copyIn(line.substring(0, line.length() - 1), new StringReader(data.toString()));
                    continue;
                }
                statement.append(line).append('\n');
                if (line.endsWith(";")) {
                    s.execute(statement.toString());
                    statement.setLength(0);
                }
            }
            if (!statement.toString().isBlank()) {
                throw new IOException("the dump ends inside a statement: " + statement);
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Fails on anything in the schema that {@link #write} would leave out. */
    private static void refuseWhatIsNotDumped(Connection c) throws SQLException {
        List<String> others = column(c, "SELECT c.relkind::text || ' ' || c.relname FROM pg_class c JOIN pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind NOT IN ('r', 'S', 'i') "
                + "UNION ALL SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                + "WHERE n.nspname = 'public' "
                + "UNION ALL SELECT 'trigger ' || t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal "
                + "UNION ALL SELECT 'type ' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                + "WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'r', 'm') "
                + "UNION ALL SELECT 'identity or generated column ' || c.relname || '.' || a.attname FROM pg_attribute a "
                + "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'public' AND (a.attidentity <> '' OR a.attgenerated <> '') "
                + "UNION ALL SELECT 'schema ' || nspname FROM pg_namespace WHERE nspname NOT IN ('public', "
                + "'information_schema') AND nspname NOT LIKE 'pg\\_%'");
        if (!others.isEmpty()) {
            throw new IllegalStateException("The database holds what this dump does not write: " + others);
        }
    }

    private static List<String> column(Connection c, String sql, String... args) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String[] row : rows(c, sql, args)) {
            values.add(row[0]);
        }
        return values;
    }

    private static List<String[]> rows(Connection c, String sql, String... args) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
