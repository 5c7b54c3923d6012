package uk.tidemark.app.wiring;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.TidemarkApplication;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.command.AppointInvestigator;
import uk.tidemark.kernel.disciplinary.command.DecideOutcome;
import uk.tidemark.kernel.disciplinary.command.InviteToHearing;
import uk.tidemark.kernel.disciplinary.command.OpenDisciplinaryCase;
import uk.tidemark.kernel.disciplinary.command.RecordHearingHeld;
import uk.tidemark.kernel.disciplinary.command.RecordInvestigationFindings;
import uk.tidemark.kernel.disciplinary.event.AppealWindowClosed;
import uk.tidemark.kernel.disciplinary.event.WarningExpired;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines are durable: the appeal window and the warning expiry scheduled before a shutdown are kept in the
 * relational store and fire after the restart. Time is moved on between the two runs by making the stored
 * deadlines due, as months passing would.
 */
class DurableDeadlineTest {

    @Test
    void deadlinesScheduledBeforeARestartFireAfterIt() throws Exception {
        Path dataDir = Path.of("target/test-data/deadlines-" + UUID.randomUUID()).toAbsolutePath();
        DisciplinaryCaseId id = DisciplinaryCaseId.random();
        try (ConfigurableApplicationContext first = start(dataDir)) {
            assertThat(first.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
            CommandGateway commands = first.getBean(CommandGateway.class);
            WorkingCalendar calendar = first.getBean(WorkingCalendar.class);
            send(commands, new OpenDisciplinaryCase(id, "school-1", "A. Teacher", null, true, false,
                    "Posted about a colleague on Facebook", null));
            send(commands, new AppointInvestigator(id, "Deputy head"));
            send(commands, new RecordInvestigationFindings(id, "The posts were made."));
            send(commands, new InviteToHearing(id, calendar.workingDaysAfter(LocalDate.now(WorkingCalendar.UK), 10), true));
            send(commands, new RecordHearingHeld(id, null));
            send(commands, new DecideOutcome(id, DisciplinaryOutcome.FIRST_WRITTEN_WARNING, "Breach of policy"));
            assertThat(first.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM scheduled_tasks", Integer.class)).as("stored deadlines").isEqualTo(2);
        }

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("events"), "sa", "");
             Statement sql = db.createStatement()) {
            assertThat(sql.executeUpdate("UPDATE scheduled_tasks SET execution_time = DATEADD('MINUTE', -1, "
                    + "CURRENT_TIMESTAMP)")).isEqualTo(2);
        }

        try (ConfigurableApplicationContext again = start(dataDir)) {
            EventStore events = again.getBean(EventStore.class);
            long deadline = System.nanoTime() + 20_000_000_000L;
            List<Object> payloads = List.of();
            while (System.nanoTime() < deadline) {
                payloads = events.readEvents(id.toString()).asStream().map(e -> (Object) e.getPayload()).toList();
                if (payloads.stream().anyMatch(AppealWindowClosed.class::isInstance)
                        && payloads.stream().anyMatch(WarningExpired.class::isInstance)) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(payloads).anyMatch(AppealWindowClosed.class::isInstance)
                    .anyMatch(WarningExpired.class::isInstance);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(TidemarkApplication.class).run(
                "--tidemark.data-dir=" + dataDir, "--tidemark.embedded-mongo.in-memory=true", "--server.port=0",
                "--db-scheduler.polling-interval=500ms");
    }

    private static void send(CommandGateway commands, Object command) {
        Object ignored = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(Meta.ACTOR, "hr")));
    }
}
