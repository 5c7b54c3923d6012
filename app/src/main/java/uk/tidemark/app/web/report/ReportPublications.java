package uk.tidemark.app.web.report;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.page.ReadCatchUp;
import uk.tidemark.app.web.report.QuarterlyReports.Publication;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.kernel.report.FindQuarterlyReport;
import uk.tidemark.kernel.report.FindReportPublication;
import uk.tidemark.kernel.report.FindReportPublications;
import uk.tidemark.kernel.report.Narrative;
import uk.tidemark.kernel.report.PublicationSummary;
import uk.tidemark.kernel.report.PublishQuarterlyReport;
import uk.tidemark.kernel.report.PublishedSetting;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterReportId;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.ReportPublication;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The published, signed snapshots of the quarterly report (issue 17, decision 0014), for the API and the pages. A
 * DSL or headteacher publishes an ended quarter for the settings in their scope: the query side's report as it
 * answers at that moment, the trust's and the settings' names, and their narrative, frozen in one event with its
 * SHA-256. A reader sees a publication when every one of its settings is in their scope (trustees: the trust's);
 * any other id is "not found". Every read of a publication's content, in any format, is one {@code READ} entry in
 * the audit trail naming the publication, its version and the format; publishing is the event's own entry.
 */
@Component
public class ReportPublications {

    static final String NO_SUCH_PUBLICATION = "There is no published report with this id that you may see.";

    private final QueryGateway queries;
    private final CaseCommands commands;
    private final AccessScope scope;
    private final QuarterlyReports reports;
    private final ReadAudit reads;
    private final DisplayNames names;
    private final EventStore events;
    private final Duration readWait;

    ReportPublications(QueryGateway queries, CaseCommands commands, AccessScope scope, QuarterlyReports reports,
                       ReadAudit reads, DisplayNames names, EventStore events,
                       @Value("${tidemark.api.create-read-wait:5s}") Duration readWait) {
        this.queries = queries;
        this.commands = commands;
        this.scope = scope;
        this.reports = reports;
        this.reads = reads;
        this.names = names;
        this.events = events;
        this.readWait = readWait;
    }

    /** What a publication gave back: its id, version, SHA-256 and the time it was published (the event's). */
    public record Published(String id, int version, String sha256, Instant publishedAt) {
    }

    /** Whether the user may publish: a DSL or headteacher with a setting to publish for. */
    public boolean mayPublish(TidemarkUser user) {
        return user.hasAnyRole(Role.DSL, Role.HEADTEACHER) && !scope.settingIdsOf(user).isEmpty();
    }

    /**
     * Publishes {@code quarter} for the user's settings with {@code narrative} (already checked by the caller; the
     * aggregate refuses what slips through). Answers once the read model has it, or after
     * {@code tidemark.api.create-read-wait} when it is slow (the publication is stored either way).
     */
    Published publish(TidemarkUser user, Quarter quarter, String narrative) {
        List<Setting> settings = scope.settingsOf(user);
        List<String> ids = settings.stream().map(Setting::id).toList();
        QuarterlyReport report = queries.query(new FindQuarterlyReport(quarter.year(), quarter.quarter(),
                Set.copyOf(ids)), ResponseTypes.instanceOf(QuarterlyReport.class)).join();
        String trustName = reports.trustName(user);
        List<PublishedSetting> named = settings.stream().map(s -> new PublishedSetting(s.id(), s.name())).toList();
        String publicationId = UUID.randomUUID().toString();
        String text = Narrative.normalise(narrative);
        String sha256 = ReportSeal.sha256(publicationId, quarter, trustName, named, report, text);
        QuarterReportId reportId = QuarterReportId.of(quarter, ids);
        int version = commands.ask(new PublishQuarterlyReport(reportId, publicationId, quarter, trustName, named,
                report, text, sha256));
        Instant publishedAt = publishedAt(reportId, version);
        if (!readWait.isZero() && !readWait.isNegative()) {
            ReadCatchUp.awaitAbove(() -> find(publicationId).isPresent() ? 1 : 0, 0, readWait);
        }
        return new Published(publicationId, version, sha256, publishedAt);
    }

    /** The time of the version's event, as the event store holds it. */
    private Instant publishedAt(QuarterReportId reportId, int version) {
        DomainEventStream stream = events.readEvents(reportId.value(), version - 1L);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getSequenceNumber() == version - 1L) {
                return event.getTimestamp();
            }
        }
        throw new IllegalStateException("the publication just stored is not in its stream");
    }

    /** The publications the user may see, newest quarter first, each report's newest version first. */
    List<PublicationSummary> visible(TidemarkUser user) {
        Set<String> mine = scope.settingIdsOf(user);
        return queries.query(new FindReportPublications(mine),
                ResponseTypes.multipleInstancesOf(PublicationSummary.class)).join();
    }

    /**
     * One publication as every format shows it, the figures and names as they were frozen; audited as one read of
     * it in {@code format}. Not found when it does not exist or is not the user's to see.
     */
    View read(TidemarkUser user, String publicationId, String format) {
        ReportPublication publication = find(publicationId)
                .filter(p -> scope.settingIdsOf(user).containsAll(p.settingIds()))
                .orElseThrow(() -> new NotFoundException(NO_SUCH_PUBLICATION));
        View view = view(publication);
        audit(user, publication, format);
        return view;
    }

    /**
     * The newest publication of {@code quarter} for exactly the user's settings (a trustee: the trust's; a head:
     * their setting's), as its figures were frozen; audited as a read of it on a page. Empty when that report has
     * not been published: a publication of some of the settings is not the report the user's page shows.
     */
    public Optional<View> latest(TidemarkUser user, Quarter quarter) {
        Optional<ReportPublication> newest = newest(user, quarter);
        newest.ifPresent(p -> audit(user, p, "PAGE"));
        return newest.map(this::view);
    }

    /** What the page says of the quarter's publication ({@code report/publication.html :: status}). */
    public PublicationStatus status(TidemarkUser user, Quarter quarter, View shown) {
        Publication latest = shown != null && shown.publication() != null ? shown.publication()
                : newestSummary(user, quarter).map(this::publicationOf).orElse(null);
        boolean ended = !Instant.now().isBefore(quarter.end());
        return new PublicationStatus(quarter, latest, shown != null && shown.publication() != null,
                mayPublish(user), ended);
    }

    /**
     * The quarter's publication as the page's fragment words it: published (by whom, when, which version), or
     * today's figures, and whether this user may publish it now.
     */
    public record PublicationStatus(Quarter quarter, Publication latest, boolean showingPublished, boolean mayPublish,
                                    boolean ended) {
        private String query() {
            return "?year=" + quarter.year() + "&quarter=" + quarter.quarter();
        }

        /** The report page with today's figures. */
        public String todayUrl() {
            return "/reports/quarterly" + query() + "&figures=today";
        }

        /** The report page, which shows the published version when there is one. */
        public String publishedUrl() {
            return "/reports/quarterly" + query();
        }

        public String publishUrl() {
            return "/reports/quarterly/publish" + query();
        }

        /** Whether the page offers to publish: the user may, and the quarter has ended. */
        public boolean offerToPublish() {
            return mayPublish && ended;
        }
    }

    /** A published report as a home page names it: its quarter, who published it and when, and where it is. */
    public record Newest(String quarter, String publishedBy, Instant publishedAt, String path) {
    }

    /**
     * The newest publication of any quarter for exactly the user's settings (a trustee: the trust's report), for
     * the home page; its figures are not read, so it is not a read of the report.
     */
    public Optional<Newest> newestOfAnyQuarter(TidemarkUser user) {
        Set<String> mine = scope.settingIdsOf(user);
        return visible(user).stream().filter(s -> new LinkedHashSet<>(s.settingIds()).equals(mine)).findFirst()
                .map(s -> new Newest(s.quarter().label(), names.of(s.publishedBy()), s.publishedAt(),
                        "/reports/quarterly?year=" + s.quarter().year() + "&quarter=" + s.quarter().quarter()));
    }

    /** The newest version of the report of {@code quarter} for exactly the user's settings. */
    Optional<ReportPublication> newest(TidemarkUser user, Quarter quarter) {
        return newestSummary(user, quarter).flatMap(s -> find(s.publicationId()));
    }

    private Optional<PublicationSummary> newestSummary(TidemarkUser user, Quarter quarter) {
        Set<String> mine = scope.settingIdsOf(user);
        return visible(user).stream()
                .filter(s -> s.quarter().equals(quarter) && new LinkedHashSet<>(s.settingIds()).equals(mine))
                .findFirst();
    }

    private Optional<ReportPublication> find(String publicationId) {
        return queries.query(new FindReportPublication(publicationId),
                ResponseTypes.optionalInstanceOf(ReportPublication.class)).join();
    }

    /** The frozen report as a view, with the names it was published under, in their published order. */
    private View view(ReportPublication p) {
        Map<String, String> frozenNames = new LinkedHashMap<>();
        p.settings().forEach(s -> frozenNames.put(s.settingId(), s.name()));
        return View.of(p.report(), p.trustName(), frozenNames, p.publishedAt()).published(new Publication(
                p.publicationId(), p.version(), p.narrative(), names.of(p.publishedBy()), p.publishedAt(),
                p.sha256()));
    }

    private Publication publicationOf(PublicationSummary s) {
        return new Publication(s.publicationId(), s.version(), null, names.of(s.publishedBy()), s.publishedAt(),
                s.sha256());
    }

    /** Who took which version of which publication, in which format: ids and counts only. */
    private void audit(TidemarkUser user, ReportPublication p, String format) {
        reads.record(user, null, null, null, Map.of("report", "QUARTERLY", "publication", p.publicationId(),
                "version", p.version(), "year", p.quarter().year(), "quarter", p.quarter().quarter(),
                "format", format, "settings", p.settings().size()));
    }

    /** Display name of a username, for the API's lists. */
    String nameOf(String username) {
        return names.of(username);
    }
}
