package uk.tidemark.command.report;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.report.Narrative;
import uk.tidemark.kernel.report.PublishQuarterlyReport;
import uk.tidemark.kernel.report.PublishedSetting;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterReportId;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReportPublished;
import uk.tidemark.kernel.time.WrittenDates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.report.ReportPublicationRule.*;

/**
 * The published versions of one quarter's report for one set of settings ({@link QuarterReportId}): each
 * publication freezes the figures, the names and the narrative in one {@link QuarterlyReportPublished}, numbered 1,
 * 2, ...; a later one supersedes the one before as the board's version, and every one stays as it was published.
 * Only a quarter that has ended (UK time) is published: its intake is complete, though its cases still move on,
 * which is why what the board was shown is frozen here rather than computed again.
 */
@Aggregate
class ReportPublicationAggregate {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private QuarterReportId reportId;
    private int versions;
    private final Set<String> publicationIds = new HashSet<>();

    ReportPublicationAggregate() {
        // for Axon, which rebuilds the stream from its events
    }

    /** @return the new publication's version */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(PublishQuarterlyReport command, @MetaDataValue(Meta.ACTOR) String actor) {
        if (actor == null || actor.isBlank()) {
            throw ACTOR_REQUIRED.refusal();
        }
        Quarter quarter = command.quarter();
        if (quarter == null || command.reportId() == null) {
            throw THE_REPORT_ASKED_FOR.refusal();
        }
        Instant now = GenericEventMessage.clock.instant();
        if (now.isBefore(quarter.end())) {
            throw QUARTER_ENDED.refusal("quarter", quarter.label(), "day",
                    WrittenDates.day(LocalDate.ofInstant(quarter.end(), Quarter.UK)));
        }
        String problem = Narrative.problem(command.narrative());
        if (problem != null) {
            throw NARRATIVE.refusal("problem", problem);
        }
        List<String> ids = settingIds(command);
        QuarterlyReport report = command.report();
        if (report == null || report.settings() == null || !quarter.equals(report.quarter())
                || !command.reportId().equals(QuarterReportId.of(quarter, ids))
                || !Set.copyOf(ids).equals(report.settings().stream().map(QuarterlyReport.SettingReport::settingId)
                .collect(Collectors.toSet()))) {
            throw THE_REPORT_ASKED_FOR.refusal();
        }
        if (command.sha256() == null || !SHA256.matcher(command.sha256()).matches()) {
            throw SEALED.refusal();
        }
        if (command.publicationId() == null || command.publicationId().isBlank()
                || publicationIds.contains(command.publicationId())) {
            throw ONCE.refusal();
        }
        int version = versions + 1;
        apply(new QuarterlyReportPublished(command.reportId(), command.publicationId(), version, quarter,
                command.trustName(), List.copyOf(command.settings()), report, command.narrative(), actor,
                command.sha256()));
        return version;
    }

    /** The settings' ids, each once, each named, under a named trust; refused otherwise. */
    private static List<String> settingIds(PublishQuarterlyReport command) {
        List<PublishedSetting> settings = command.settings();
        if (command.trustName() == null || command.trustName().isBlank() || settings == null || settings.isEmpty()
                || settings.stream().anyMatch(s -> s == null || blank(s.settingId()) || blank(s.name()))) {
            throw SETTINGS_NAMED.refusal();
        }
        List<String> ids = settings.stream().map(PublishedSetting::settingId).toList();
        if (Set.copyOf(ids).size() != ids.size()) {
            throw SETTINGS_NAMED.refusal();
        }
        return ids;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(QuarterlyReportPublished event) {
        reportId = event.reportId();
        versions = event.version();
        publicationIds.add(event.publicationId());
    }
}
