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
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.command.AssignComplaintReference;
import uk.tidemark.kernel.complaint.event.ComplaintReceived;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.command.AssignDisciplinaryCaseReference;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseOpened;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.command.AssignIncidentReference;
import uk.tidemark.kernel.incident.event.IncidentLogged;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Gives every case opened before references existed its reference, once (decision 0038): at the first start of a
 * version that has them, each incident, HR case and complaint whose first event ({@link IncidentLogged},
 * {@link DisciplinaryCaseOpened}, {@link ComplaintReceived}) carries none is sent the command that gives it one, in
 * the order the cases were opened, so that an old case's number follows the order of its year. The aggregate gives
 * a case that has a reference nothing more, so a start that stopped half-way, or two instances starting together,
 * do no harm; once done, a row in {@code tidemark_reference_backfill} spares later starts the look through the
 * event store. Sent as {@value #ACTOR}, the application itself, in the events' actor metadata.
 */
@Component
@Order(20)
class ReferenceBackfill implements ApplicationRunner {

    static final String ACTOR = "tidemark";
    private static final String DONE = "cases";
    /** The first event of each type of case, and the command that gives such a case its reference. */
    private static final Map<String, Function<String, Object>> ASSIGN = Map.of(
            IncidentLogged.class.getName(), id -> new AssignIncidentReference(IncidentId.of(id)),
            DisciplinaryCaseOpened.class.getName(), id -> new AssignDisciplinaryCaseReference(DisciplinaryCaseId.of(id)),
            ComplaintReceived.class.getName(), id -> new AssignComplaintReference(ComplaintId.of(id)));
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
        List<Object> unreferenced = new ArrayList<>();
        // a case's first event is the one that opens it; the events' table is read once, in the order of the store
        jdbc.query("SELECT aggregateIdentifier, payloadType, payload FROM DomainEventEntry WHERE sequenceNumber = 0"
                        + " AND payloadType IN (?, ?, ?) ORDER BY globalIndex",
                rs -> {
                    if (!hasReference(rs.getBytes(3))) {
                        unreferenced.add(ASSIGN.get(rs.getString(2)).apply(rs.getString(1)));
                    }
                }, ASSIGN.keySet().toArray());
        for (Object command : unreferenced) {
            commands.sendAndWait(new GenericCommandMessage<>(command, MetaData.with(Meta.ACTOR, ACTOR)));
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
