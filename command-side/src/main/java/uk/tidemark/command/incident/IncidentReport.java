package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.TrustCategory;
import uk.tidemark.kernel.incident.command.AmendReport;
import uk.tidemark.kernel.incident.command.ChangeCategory;
import uk.tidemark.kernel.incident.command.NamesCategory;
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
 * What the case's report says, as corrected: its category (and the trust's own category under it, decision 0041) and
 * the other kinds of concern it is, its summary, when it
 * happened and where. A part of {@link IncidentAggregate} (an Axon aggregate member): the transition table decides
 * first. Each correction records the value before and after, and why; the report as first logged stays in its event.
 */
class IncidentReport {

    private final IncidentAggregate incident;
    private Category category;
    private List<Category> secondary = List.of();
    /** The trust's own category, or null; compared by id (a rename of it is not a change of the case's category). */
    private TrustCategory trustCategory;
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
        TrustCategory trustTo = command.trustCategory();
        if (others.contains(to) || (to == category && others.equals(secondary) && sameId(trustTo, trustCategory))) {
            throw CATEGORY_CHANGES_SOMETHING.violation();
        }
        if (trustTo != null && trustTo.under() != to) {
            throw TRUST_CATEGORY_UNDER_ITS_CATEGORY.violation();
        }
        apply(new CategoryChanged(incident.id(), category, to, secondary, List.copyOf(others),
                command.reason().strip(), trustCategory, trustTo));
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

    /** A trust's own category is one under the case's main category (checked as a case is logged, too). */
    static void requireUnderCategory(NamesCategory command) {
        TrustCategory trust = command.trustCategory();
        if (trust != null && trust.under() != command.category()) {
            throw TRUST_CATEGORY_UNDER_ITS_CATEGORY.violation();
        }
    }

    private static boolean sameId(TrustCategory a, TrustCategory b) {
        return a == null ? b == null : b != null && Objects.equals(a.id(), b.id());
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
        trustCategory = event.trustCategory();
        summary = event.summary();
        occurredAt = event.occurredAt();
        platform = event.platform();
    }

    @EventSourcingHandler
    void on(CategoryChanged event) {
        category = event.to();
        trustCategory = event.trustCategoryTo();
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
