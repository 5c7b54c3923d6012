package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.command.AmendReport;
import uk.tidemark.kernel.incident.command.ChangeCategory;
import uk.tidemark.kernel.incident.command.RecordCorrection;
import uk.tidemark.kernel.incident.event.CategoryChanged;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.ReportAmended;
import uk.tidemark.kernel.time.DateWindow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.incident.IncidentRule.*;

/**
 * What the case's report says, as corrected: its category and the other kinds of concern it is, its summary, when it
 * happened and where. A part of {@link IncidentAggregate} (an Axon aggregate member): the transition table decides
 * first. Each correction records the value before and after, and why; the report as first logged stays in its event.
 */
class IncidentReport {

    private final IncidentAggregate incident;
    private Category category;
    private List<Category> secondary = List.of();
    private String summary;
    private Instant occurredAt;
    private Platform platform;

    IncidentReport(IncidentAggregate incident) {
        this.incident = incident;
    }

    @CommandHandler
    void handle(ChangeCategory command) {
        IncidentTransitions.check(command, incident.state());
        requireReason(command);
        Category to = command.category() != null ? command.category() : category;
        List<Category> others = command.secondary() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(command.secondary().stream().filter(Objects::nonNull).toList()));
        if (others.contains(to) || (to == category && others.equals(secondary))) {
            throw CATEGORY_CHANGES_SOMETHING.violation();
        }
        apply(new CategoryChanged(incident.id(), category, to, secondary, List.copyOf(others),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(AmendReport command) {
        IncidentTransitions.check(command, incident.state());
        requireReason(command);
        String newSummary = blank(command.summary()) || command.summary().strip().equals(summary) ? null
                : command.summary().strip();
        Instant newTime = command.occurredAt() == null || command.occurredAt().equals(occurredAt) ? null
                : command.occurredAt();
        Platform newPlatform = command.platform() == null || command.platform() == platform ? null
                : command.platform();
        if (newSummary == null && newTime == null && newPlatform == null) {
            throw AMENDMENT_CHANGES_SOMETHING.violation();
        }
        if (newTime != null) {
            DateWindow.require("occurredAt", newTime);
        }
        apply(new ReportAmended(incident.id(), newSummary == null ? null : summary, newSummary,
                newTime == null ? null : occurredAt, newTime, newPlatform == null ? null : platform, newPlatform,
                command.reason().strip()));
    }

    /** Every correction of the record says why (the same rule for people, in {@link IncidentPeople}). */
    static void requireReason(RecordCorrection correction) {
        if (blank(correction.reason())) {
            throw CORRECTION_NEEDS_A_REASON.violation();
        }
    }

    @EventSourcingHandler
    void on(IncidentLogged event) {
        category = event.category();
        summary = event.summary();
        occurredAt = event.occurredAt();
        platform = event.platform();
    }

    @EventSourcingHandler
    void on(CategoryChanged event) {
        category = event.to();
        secondary = event.secondaryTo() == null ? List.of() : List.copyOf(event.secondaryTo());
    }

    @EventSourcingHandler
    void on(ReportAmended event) {
        if (event.summaryTo() != null) {
            summary = event.summaryTo();
        }
        if (event.occurredAtTo() != null) {
            occurredAt = event.occurredAtTo();
        }
        if (event.platformTo() != null) {
            platform = event.platformTo();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
