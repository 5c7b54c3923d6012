package uk.tidemark.app.demo;

import uk.tidemark.kernel.policy.PolicyId;
import uk.tidemark.kernel.policy.TrainingId;
import uk.tidemark.kernel.policy.command.AcknowledgePolicy;
import uk.tidemark.kernel.policy.command.PublishPolicy;
import uk.tidemark.kernel.policy.command.PublishPolicyVersion;
import uk.tidemark.kernel.policy.command.RecordTraining;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Riverside Primary's policies and training (issue 18): the social media policy in its second version, which three
 * of the five staff asked have acknowledged (the other two still have days left); the acceptable use policy, which
 * HR's lead let pass (a missed deadline the headteacher is told of as the demo starts); and training records, one
 * of them expired. Every name is invented.
 */
final class DemoPolicies implements DemoStory {

    private static final String RIVERSIDE = DemoOrganisation.RIVERSIDE_PRIMARY.id();
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Everyone holding a staff role in Riverside Primary, HR's trust-wide lead included. */
    private static final List<String> EVERYONE = List.of("deputy", "dsl", "head", "hr", "staff");
    private static final List<String> ROLES = List.of("STAFF", "DSL", "DEPUTY_DSL", "HR", "HEADTEACHER");

    @Override
    public String kind() {
        return "policies";
    }

    @Override
    public String label() {
        return "Riverside Primary";
    }

    @Override
    public List<Step> plan(Instant now, DemoPeople directory) {
        List<Step> steps = new ArrayList<>();
        PolicyId social = PolicyId.random();
        Instant v1 = daysAgo(now, 45);
        steps.add(new Step("head", new PublishPolicy(social, RIVERSIDE, "Social media policy", SOCIAL_V1, day(v1),
                ROLES, EVERYONE), "publish", v1));
        for (String who : List.of("dsl", "head", "staff", "deputy", "hr")) {
            steps.add(new Step(who, new AcknowledgePolicy(social, 1), "acknowledge", v1.plus(Duration.ofDays(2))));
        }

        PolicyId acceptableUse = PolicyId.random();
        Instant published = daysAgo(now, 25);
        steps.add(new Step("head", new PublishPolicy(acceptableUse, RIVERSIDE, "Acceptable use policy", ACCEPTABLE_USE,
                day(published), ROLES, EVERYONE), "publish", published));
        for (String who : List.of("dsl", "deputy", "head", "staff")) {
            steps.add(new Step(who, new AcknowledgePolicy(acceptableUse, 1), "acknowledge",
                    published.plus(Duration.ofDays(3))));
        }

        Instant v2 = daysAgo(now, 4);
        steps.add(new Step("head", new PublishPolicyVersion(social, "Social media policy", SOCIAL_V2, day(v2), ROLES,
                EVERYONE), "new version", v2));
        for (String who : List.of("head", "dsl", "staff")) {
            steps.add(new Step(who, new AcknowledgePolicy(social, 2), "acknowledge", v2.plus(Duration.ofHours(3))));
        }

        Instant recorded = daysAgo(now, 1);
        LocalDate today = day(now);
        steps.add(training("dsl", "staff", "Safeguarding level 1", today.minusDays(400), today.minusDays(35), recorded));
        steps.add(training("staff", "staff", "Online safety", today.minusDays(60), today.plusDays(305), recorded));
        steps.add(training("dsl", "dsl", "Designated safeguarding lead training", today.minusDays(200),
                today.plusDays(530), recorded));
        steps.add(training("dsl", "deputy", "Safeguarding level 1", today.minusDays(100), today.plusDays(265), recorded));
        steps.add(training("head", "head", "Safer recruitment", today.minusDays(300), today.plusDays(795), recorded));
        return steps;
    }

    private static Step training(String by, String person, String course, LocalDate completed, LocalDate expires,
                                 Instant at) {
        return new Step(by, new RecordTraining(TrainingId.random(), RIVERSIDE, person, course, completed, expires),
                "record training", at);
    }

    private static Instant daysAgo(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, UK);
    }

    private static final String SOCIAL_V1 = """
            1. Staff keep their personal social media accounts private and do not accept friend or follow requests \
            from pupils or former pupils under 18.
            2. Staff do not post images of pupils on personal accounts.
            3. Any contact from a pupil on a personal account is reported to the designated safeguarding lead the \
            same day.""";

    private static final String SOCIAL_V2 = SOCIAL_V1 + """

            4. The school's official accounts are run only by the staff named in the official accounts register, \
            who change their passwords each term.
            5. Before posting a pupil's image on an official account, check the image consent register.""";

    private static final String ACCEPTABLE_USE = """
            School devices and accounts are for school work. Do not share your password, lock your screen when you \
            leave it, and report anything unexpected on a school device to the office.

            Pupils' personal data stays on school systems: never on a personal phone or memory stick.""";
}
