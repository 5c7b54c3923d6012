package uk.tidemark.app.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.command.AssignIncidentReference;
import uk.tidemark.kernel.incident.event.IncidentLogged;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every incident logged before references existed its reference, once (decision 0038): at the first start of a
 * version that has them, each case whose {@link IncidentLogged} carries none is sent {@link AssignIncidentReference}, in
 * the order the cases were logged, so that an old case's number follows the order of its year. The aggregate gives
 * a case that has a reference nothing more, so a start that stopped half-way, or two instances starting together,
 * do no harm; once done, a row in {@code tidemark_reference_backfill} spares later starts the look through the
 * event store. Sent as {@value #ACTOR}, the application itself, in the events' actor metadata.
 */
@Component
@Order(20)
class ReferenceBackfill implements ApplicationRunner {

    static final String ACTOR = "tidemark";
    private static final String DONE = "incidents";
    private static final Logger log = LoggerFactory.getLogger(ReferenceBackfill.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    ReferenceBackfill(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_reference_backfill WHERE name = ?",
                Integer.class, DONE);
        if (done != null && done > 0) {
            return;
        }
        List<String> unreferenced = new ArrayList<>();
        // a case's first event is its IncidentLogged; the events' table is read once, in the order of the store
        jdbc.query("SELECT aggregateIdentifier, payload FROM DomainEventEntry WHERE sequenceNumber = 0"
                        + " AND payloadType = ? ORDER BY globalIndex",
                rs -> {
                    if (!hasReference(rs.getBytes(2))) {
                        unreferenced.add(rs.getString(1));
                    }
                }, IncidentLogged.class.getName());
        for (String caseId : unreferenced) {
            commands.sendAndWait(new GenericCommandMessage<>(new AssignIncidentReference(IncidentId.of(caseId)),
                    MetaData.with(Meta.ACTOR, ACTOR)));
        }
        try {
            jdbc.update("INSERT INTO tidemark_reference_backfill (name, finished_at) VALUES (?, ?)", DONE,
                    Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException anotherInstanceFinishedFirst) {
            // nothing more to do: the row says what this one would have said
        }
        if (!unreferenced.isEmpty()) {
            log.info("Gave {} case(s) logged before references their reference", unreferenced.size());
        }
    }

    private static boolean hasReference(byte[] payload) {
        try {
            JsonNode reference = JSON.readTree(payload).path("reference");
            return reference.isTextual() && !reference.asText().isBlank();
        } catch (IOException unreadable) {
            return false; // the aggregate reads it through Axon's serializer and decides
        }
    }
}
