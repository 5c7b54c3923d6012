package uk.tidemark.query.policy;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import uk.tidemark.kernel.policy.PolicyState;
import uk.tidemark.kernel.report.QuarterlyReport.PolicyFigures;
import uk.tidemark.kernel.report.QuarterlyReport.PolicyShare;
import uk.tidemark.kernel.report.SuppressedFigure;

import java.time.LocalDate;
import java.util.*;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The trustees' report's "Policies and training" (issue 18), from the policies' read model as it stands: per setting,
 * each policy in force with the share of the staff asked who have acknowledged it, and of the staff any policy in
 * force asked, the share whose training is in date (a record, and the latest of each course they did not expired).
 * Shares of people go through decision 0014's rule ({@link SuppressedFigure#share}), worded for staff.
 */
public final class PolicyReportFigures {

    private static final String FEWER_THAN_5_STAFF = "fewer than 5 staff";
    private static final String NO_STAFF = "no staff asked";

    private PolicyReportFigures() {
    }

    public static List<PolicyFigures> of(MongoTemplate mongo, List<String> settingIds, LocalDate today) {
        List<PolicyDocument> policies = mongo.find(new Query(where("settingId").in(settingIds)
                .and("state").is(PolicyState.PUBLISHED.name())), PolicyDocument.class);
        List<TrainingDocument> training = mongo.find(new Query(where("settingId").in(settingIds)
                .and("removed").is(false)), TrainingDocument.class);
        List<PolicyFigures> all = new ArrayList<>();
        for (String settingId : settingIds) {
            List<PolicyShare> shares = new ArrayList<>();
            Set<String> staff = new TreeSet<>();
            policies.stream().filter(p -> settingId.equals(p.settingId))
                    .sorted(Comparator.comparing((PolicyDocument p) -> p.title,
                            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(p -> p.id))
                    .forEach(p -> {
                        staff.addAll(p.asked);
                        long acknowledged = p.acknowledged.stream().map(PolicyDocument.AcknowledgementEntry::username)
                                .filter(p.asked::contains).distinct().count();
                        shares.add(new PolicyShare(p.title, p.version, ofStaff(acknowledged, p.asked.size())));
                    });
            Map<String, Map<String, TrainingDocument>> latest = new HashMap<>();
            training.stream().filter(t -> settingId.equals(t.settingId) && t.person != null && t.course != null)
                    .forEach(t -> latest.computeIfAbsent(t.person, k -> new HashMap<>())
                            .merge(t.course.strip().toLowerCase(Locale.ROOT), t, (a, b) -> b.completedOn == null
                                    || a.completedOn != null && a.completedOn.compareTo(b.completedOn) >= 0 ? a : b));
            long inDate = staff.stream().filter(u -> latest.containsKey(u) && latest.get(u).values().stream()
                    .allMatch(t -> t.expiresOn == null || !LocalDate.parse(t.expiresOn).isBefore(today))).count();
            all.add(new PolicyFigures(settingId, List.copyOf(shares), ofStaff(inDate, staff.size())));
        }
        return List.copyOf(all);
    }

    /** {@link SuppressedFigure#share}, with its words about staff rather than cases. */
    static SuppressedFigure ofStaff(long yes, long asked) {
        SuppressedFigure share = SuppressedFigure.share(yes, asked);
        return switch (share.status()) {
            case NO_CASES -> new SuppressedFigure(null, NO_STAFF, share.status(), share.unit());
            case FEWER_THAN_5_CASES -> new SuppressedFigure(null, FEWER_THAN_5_STAFF, share.status(), share.unit());
            default -> share;
        };
    }
}
