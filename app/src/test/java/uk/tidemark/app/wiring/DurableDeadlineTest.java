package uk.tidemark.app.wiring;

import java.time.ZoneOffset;
import java.time.Clock;
import org.axonframework.eventhandling.GenericEventMessage;
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
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.deadline.event.DeadlineMet;
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
 * relational store and fire after the restart, ending their periods (AppealWindowClosed, WarningExpired) and
 * meeting their deadlines in the case's stream (DeadlineMet, decision 0010). The hearing's deadline, met when the
 * hearing was held, is stored too (schedules are never cancelled) and fires to no effect: nothing is missed.
 * Time is moved on between the two runs by making the stored deadlines due, as months passing would.
 */
class DurableDeadlineTest {

    @Test
    void deadlinesScheduledBeforeARestartFireAfterIt() throws Exception {
        Path dataDir = Path.of("target/test-data/deadlines-" + UUID.randomUUID()).toAbsolutePath();
        DisciplinaryCaseId id = DisciplinaryCaseId.random();
        long beforeRestart;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            assertThat(first.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
            CommandGateway commands = first.getBean(CommandGateway.class);
            WorkingCalendar calendar = first.getBean(WorkingCalendar.class);
            send(commands, new OpenDisciplinaryCase(id, "school-1", "A. Teacher", null, true, false,
                    "Posted about a colleague on Facebook", null));
            send(commands, new AppointInvestigator(id, "Deputy head"));
            send(commands, new RecordInvestigationFindings(id, "The posts were made."));
            LocalDate hearing = calendar.workingDaysAfter(LocalDate.now(WorkingCalendar.UK), 10);
            send(commands, new InviteToHearing(id, hearing, true));
            // held on its date (decision 0027): the aggregates read Axon's event clock
            GenericEventMessage.clock = Clock.fixed(hearing.atTime(10, 0).atZone(WorkingCalendar.UK).toInstant(), ZoneOffset.UTC);
            try {
                send(commands, new RecordHearingHeld(id, null));
            } finally {
                GenericEventMessage.clock = Clock.systemUTC();
            }
            send(commands, new DecideOutcome(id, DisciplinaryOutcome.FIRST_WRITTEN_WARNING, "Breach of policy"));
            assertThat(first.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM scheduled_tasks", Integer.class))
                    .as("stored deadlines: hearing notice, appeal window, warning expiry").isEqualTo(3);
            beforeRestart = first.getBean(EventStore.class).lastSequenceNumberFor(id.toString()).orElseThrow();
        }

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("events"), "sa", "");
             Statement sql = db.createStatement()) {
            assertThat(sql.executeUpdate("UPDATE scheduled_tasks SET execution_time = DATEADD('MINUTE', -1, "
                    + "CURRENT_TIMESTAMP)")).isEqualTo(3);
        }

        try (ConfigurableApplicationContext again = start(dataDir)) {
            EventStore events = again.getBean(EventStore.class);
            JdbcTemplate jdbc = again.getBean(JdbcTemplate.class);
            long deadline = System.nanoTime() + 20_000_000_000L;
            List<Object> fired = List.of();
            int scheduled = -1;
            while (System.nanoTime() < deadline) {
                fired = events.readEvents(id.toString(), beforeRestart + 1).asStream()
                        .map(e -> (Object) e.getPayload()).toList();
                scheduled = jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks", Integer.class);
                if (fired.size() >= 4 && scheduled == 0) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(scheduled).as("stored deadlines left after the restart: all three fired").isZero();
            Object windowClosed = new AppealWindowClosed(id);
            Object windowMet = met(id, DeadlineKind.APPEAL_WINDOW);
            Object warningExpired = new WarningExpired(id, DisciplinaryOutcome.FIRST_WRITTEN_WARNING);
            Object expiryMet = met(id, DeadlineKind.WARNING_EXPIRY);
            // which period ends first is the scheduler's choice; each end is followed at once by its DeadlineMet,
            // and the hearing's deadline, already met, adds nothing (no DeadlineMissed)
            assertThat(fired).as("events after the restart")
                    .containsExactlyInAnyOrder(windowClosed, windowMet, warningExpired, expiryMet)
                    .containsSequence(windowClosed, windowMet)
                    .containsSequence(warningExpired, expiryMet);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(TidemarkApplication.class).run(
                "--tidemark.data-dir=" + dataDir, "--tidemark.embedded-mongo.in-memory=true", "--server.port=0",
                "--management.server.port=0",
                "--db-scheduler.polling-interval=500ms");
    }

    private static DeadlineMet met(DisciplinaryCaseId id, DeadlineKind kind) {
        return new DeadlineMet(DeadlineEvent.idOf(id.value(), kind, "1"), kind, CaseType.DISCIPLINARY, id.value());
    }

    private static void send(CommandGateway commands, Object command) {
        Object ignored = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(Meta.ACTOR, "hr")));
    }
}
