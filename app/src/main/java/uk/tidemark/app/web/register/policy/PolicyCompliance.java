package uk.tidemark.app.web.register.policy;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.kernel.policy.PolicyState;
import uk.tidemark.kernel.policy.query.FindPolicies;
import uk.tidemark.kernel.policy.query.FindTrainingRecords;
import uk.tidemark.kernel.policy.query.PolicyView;
import uk.tidemark.kernel.policy.query.TrainingView;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.*;
import java.util.stream.Collectors;

/**
 * How far each setting's staff have acknowledged its policies in force and have their training in date: shares of
 * people, never of deadlines. Training is in date for a person who has a record and whose latest record of each
 * course they did has not expired.
 */
@Component
public class PolicyCompliance {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final QueryGateway queries;
    private final AccessScope scope;
    private final PolicyGate gate;

    PolicyCompliance(QueryGateway queries, AccessScope scope, PolicyGate gate) {
        this.queries = queries;
        this.scope = scope;
        this.gate = gate;
    }

    /** A policy in force: of the people its version asked, how many have acknowledged it, how many are overdue. */
    public record PolicyShare(String policyId, String title, int version, int asked, int acknowledged, int overdue) {
        public String words() {
            return title + ", version " + version + ": " + acknowledged + " of " + asked + " staff "
                    + (acknowledged == 1 ? "has" : "have") + " acknowledged"
                    + (overdue == 0 ? "" : "; " + overdue + " overdue");
        }
    }

    /** A setting's policies in force, and of its staff how many have training in date. */
    public record SettingCompliance(String settingId, String settingName, List<PolicyShare> policies, int staff,
                                    int trainingInDate) {
        public String trainingWords() {
            return trainingInDate + " of " + staff + " staff have their training in date";
        }
    }

    /** The compliance of every setting the user belongs to, in name order. */
    public List<SettingCompliance> of(TidemarkUser user) {
        return of(scope.settingsOf(user));
    }

    public List<SettingCompliance> of(List<Setting> settings) {
        if (settings.isEmpty()) {
            return List.of();
        }
        Set<String> ids = settings.stream().map(Setting::id).collect(Collectors.toSet());
        List<PolicyView> policies = queries.query(new FindPolicies(ids),
                ResponseTypes.multipleInstancesOf(PolicyView.class)).join();
        List<TrainingView> training = queries.query(new FindTrainingRecords(ids, null),
                ResponseTypes.multipleInstancesOf(TrainingView.class)).join();
        LocalDate today = LocalDate.now(UK);
        List<SettingCompliance> all = new ArrayList<>();
        for (Setting setting : settings) {
            List<PolicyShare> shares = policies.stream()
                    .filter(p -> p.settingId().equals(setting.id()) && p.state() == PolicyState.PUBLISHED)
                    .map(p -> new PolicyShare(p.id(), p.title(), p.version(), p.asked().size(),
                            p.acknowledged().size(), PolicyJson.overdue(p)))
                    .toList();
            List<String> staff = gate.peopleWith(setting.id(), PolicyGate.STAFF_ROLES);
            Map<String, List<TrainingView>> byPerson = training.stream()
                    .filter(t -> t.settingId().equals(setting.id()))
                    .collect(Collectors.groupingBy(TrainingView::person));
            int inDate = (int) staff.stream().filter(u -> inDate(byPerson.get(u), today)).count();
            all.add(new SettingCompliance(setting.id(), setting.name(), shares, staff.size(), inDate));
        }
        return all;
    }

    /** Has records, and the latest of each course has not expired. */
    static boolean inDate(List<TrainingView> records, LocalDate today) {
        if (records == null || records.isEmpty()) {
            return false;
        }
        Map<String, TrainingView> latest = new HashMap<>();
        for (TrainingView t : records) {
            latest.merge(t.course().strip().toLowerCase(Locale.ROOT), t,
                    (a, b) -> a.completedOn().isAfter(b.completedOn()) ? a : b);
        }
        return latest.values().stream().allMatch(t -> t.inDateOn(today));
    }
}
