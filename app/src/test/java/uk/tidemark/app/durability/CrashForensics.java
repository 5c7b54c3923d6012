package uk.tidemark.app.durability;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a crash test that did not converge leaves behind for whoever must find out why: the logs of both processes
 * (kept under {@code app/target/kill-nine/}), the {@code incidents} processor's tokens as the read store holds them
 * (owner, claim time, position and gaps), the dead letters, and where the unconverged cases' events sit in the event
 * store. Read once both processes are stopped: the read store's file is then free to open here.
 */
final class CrashForensics {

    private static final Path KEPT = Path.of("target", "kill-nine");

    private CrashForensics() {
    }

    /** Copies the logs to target/kill-nine/{label}/ and returns where they went. */
    static Path keepLogs(String label, Path... logs) throws IOException {
        Path dir = KEPT.resolve(label.replaceAll("[^A-Za-z0-9._-]", "-"));
        Files.createDirectories(dir);
        for (Path log : logs) {
            if (Files.exists(log)) {
                Files.copy(log, dir.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir.toAbsolutePath();
    }

    /** A report of the stores' state for the cases that did not converge. */
    static String report(BurstStore store, Path dataDir, Collection<String> unconverged) {
        StringBuilder out = new StringBuilder();
        try {
            out.append(eventsOf(store, unconverged));
        } catch (Exception e) {
            out.append("event store not read: ").append(e).append('\n');
        }
        try {
            out.append(deadLetters(store));
        } catch (Exception e) {
            out.append("dead letters not read: ").append(e).append('\n');
        }
        try {
            out.append(readStore(dataDir, unconverged));
        } catch (Exception e) {
            out.append("read store not read: ").append(e).append('\n');
        }
        return out.toString();
    }

    private static String eventsOf(BurstStore store, Collection<String> ids) throws Exception {
        StringBuilder out = new StringBuilder("events of the unconverged cases (globalIndex seq type timestamp):\n");
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("SELECT globalIndex, aggregateIdentifier, sequenceNumber, "
                     + "payloadType, timeStamp FROM DomainEventEntry ORDER BY globalIndex");
             ResultSet rs = ps.executeQuery()) {
            long max = 0;
            List<Long> indexes = new ArrayList<>();
            while (rs.next()) {
                long index = rs.getLong(1);
                indexes.add(index);
                max = Math.max(max, index);
                if (ids.contains(rs.getString(2))) {
                    String type = rs.getString(4);
                    out.append("  ").append(index).append(' ').append(rs.getString(2)).append(' ').append(rs.getLong(3))
                            .append(' ').append(type.substring(type.lastIndexOf('.') + 1)).append(' ')
                            .append(rs.getString(5)).append('\n');
                }
            }
            List<Long> holes = new ArrayList<>();
            for (int i = 1; i < indexes.size(); i++) {
                for (long h = indexes.get(i - 1) + 1; h < indexes.get(i); h++) {
                    holes.add(h);
                }
            }
            out.append("  store: ").append(indexes.size()).append(" events, max globalIndex ").append(max)
                    .append(", unused indexes ").append(holes).append('\n');
        }
        return out.toString();
    }

    private static String deadLetters(BurstStore store) throws Exception {
        StringBuilder out = new StringBuilder("dead letters (group case index cause):\n");
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("SELECT processingGroup, sequenceIdentifier, sequenceIndex, "
                     + "causeType FROM DeadLetterEntry ORDER BY processingGroup, sequenceIdentifier, sequenceIndex");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.append("  ").append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ')
                        .append(rs.getLong(3)).append(' ').append(rs.getString(4)).append('\n');
            }
        }
        return out.toString();
    }

    private static String readStore(Path dataDir, Collection<String> ids) {
        StringBuilder out = new StringBuilder("tokens in the read store (processor segment owner timestamp token):\n");
        MVStore mv = new MVStore.Builder().fileName(dataDir.resolve("readmodels.mv.db").toString()).open();
        MongoServer server = new MongoServer(new H2Backend(mv));
        try {
            InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                MongoDatabase db = client.getDatabase("tidemark");
                for (Document token : db.getCollection("trackingtokens").find()) {
                    Object data = token.get("token");
                    String text = data instanceof Binary b ? new String(b.getData(), StandardCharsets.UTF_8)
                            : String.valueOf(data);
                    out.append("  ").append(token.get("processorName")).append(' ').append(token.get("segment"))
                            .append(' ').append(token.get("owner")).append(' ').append(token.get("timestamp"))
                            .append(' ').append(text).append('\n');
                }
                long present = db.getCollection("incidents").countDocuments(Filters.in("_id", ids));
                out.append("  unconverged cases present in incidents: ").append(present).append(" of ")
                        .append(ids.size()).append('\n');
                for (Document doc : db.getCollection("instances").find()) {
                    out.append("  instance ").append(doc.toJson()).append('\n');
                }
            }
        } finally {
            server.shutdownNow();
        }
        return out.toString();
    }
}
