package uk.tidemark.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;
import static uk.tidemark.app.notify.SentNotifications.address;

/**
 * Notifications end to end: events in, inbox entries over HTTP and e-mails out to a real SMTP server (GreenMail,
 * in-process on a free port). Neither a rebuild of the read models nor a redelivery of the events tells anyone
 * twice.
 */
@RunningApp
class NotificationTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    /** A trust-wide DSL: told about every setting of the trust. */
    static final String DSL_TRUST = "dsl-trust";
    static final String FROM = "tidemark@test.example.org";
    static final String NOTIFICATIONS = SentNotifications.COLLECTION;

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    EventStore eventStore;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokenStore;

    SentNotifications sent;
    NotifierEvents events;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("tidemark.notifications.mail.from", () -> FROM);
        // the public address is the e-mail links' base unless link-base says otherwise (decision 0028)
        registry.add("tidemark.public-url", () -> "https://tidemark.example.org/");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @BeforeEach
    void fixtures() {
        SentNotifications.giveAddresses(accounts, encoder, DSL_TRUST);
        sent = new SentNotifications(api, mongo, SMTP);
        events = new NotifierEvents(eventStore, cases, processing, tokenStore);
    }

    // ---- immediate risk ----

    @Test
    void anImmediateRiskReportTellsTheSettingsLeadsAndNobodyElse() throws Exception {
        String quiet = cases.logCase(STAFF_A, caseBody());
        Map<String, Object> body = caseBody();
        body.put("immediateRisk", true);
        String id = cases.logCase(STAFF_A, body);
        String reference = cases.awaitVersion(DSL_A, id, 0).path("reference").asText();
        assertThat(reference).startsWith("AS-");

        List<String> told = List.of(DEPUTY_A, DSL_A, DSL_AB, DSL_TRUST);
        sent.awaitSent(id, told.size());
        for (String user : told) {
            List<JsonNode> mine = sent.inboxFor(user, id);
            assertThat(mine).as("inbox of %s", user).hasSize(1);
            JsonNode n = mine.get(0);
            assertThat(fieldNames(n)).containsExactlyInAnyOrder("notificationId", "kind", "caseType", "caseId",
                    "caseReference", "text", "createdAt", "readAt");
            assertThat(n.path("caseReference").asText()).isEqualTo(reference);
            assertThat(n.path("notificationId").asText()).endsWith(":" + user);
            assertThat(n.path("kind").asText()).isEqualTo("IMMEDIATE_RISK");
            assertThat(n.path("caseType").asText()).isEqualTo("INCIDENT");
            assertThat(n.path("text").asText()).isEqualTo("Immediate risk reported in Alder School: incident case "
                    + reference + " (cyberbullying)");
            assertThat(n.path("readAt").isNull()).isTrue();
            assertThat(Instant.parse(n.path("createdAt").asText())).isBefore(Instant.now());

            List<MimeMessage> mails = sent.mailsTo(user, id);
            assertThat(mails).as("e-mails to %s", user).hasSize(1);
            MimeMessage mail = mails.get(0);
            assertThat(mail.getSubject()).isEqualTo("Tidemark: immediate risk reported, " + reference);
            assertThat(mail.getFrom()[0].toString()).isEqualTo(FROM);
            String text = GreenMailUtil.getBody(mail);
            assertThat(text).contains("Immediate risk reported in Alder School: incident case " + reference,
                    "https://tidemark.example.org/cases/" + id);
            // no personal data and no case text leave the system by e-mail
            assertThat(text).doesNotContain("Pupil One", "Account Holder", "Year 8", "instagram", "Stan Staff",
                    STAFF_A);
        }
        // the event has been handled in full (every recipient's e-mail is recorded): the others got nothing
        for (String user : List.of(DSL_B, STAFF_A, TRUSTEE, HR)) {
            assertThat(sent.inboxFor(user, id)).as("inbox of %s", user).isEmpty();
            assertThat(sent.mailsTo(user, id)).as("e-mails to %s", user).isEmpty();
        }
        // a case logged without immediate risk, before it, told no one
        assertThat(sent.stored(where("caseId").is(quiet))).isEmpty();
        assertThat(sent.mailsAbout(quiet)).isEmpty();
    }

    @Test
    void aNotificationIsMarkedReadByItsRecipientOnly() {
        Map<String, Object> body = caseBody();
        body.put("immediateRisk", true);
        String id = cases.logCase(DSL_A, body);
        sent.awaitSent(id, 4);
        String mine = sent.inboxFor(DSL_A, id).get(0).path("notificationId").asText();

        // someone else's notification and an unknown one: the same 404, word for word
        JsonNode foreign = assertProblem(sent.markRead(DSL_B, mine), 404);
        JsonNode unknown = assertProblem(sent.markRead(DSL_B, UUID.randomUUID().toString()), 404);
        assertThat(foreign.path("detail")).isEqualTo(unknown.path("detail"));
        assertThat(sent.inboxFor(DSL_A, id).get(0).path("readAt").isNull()).isTrue();

        assertThat(sent.unread(DSL_A)).contains(mine);
        assertThat(sent.markRead(DSL_A, mine).status()).isEqualTo(204);
        String readAt = sent.inboxFor(DSL_A, id).get(0).path("readAt").asText();
        assertThat(Instant.parse(readAt)).isBefore(Instant.now().plusSeconds(1));
        assertThat(sent.unread(DSL_A)).doesNotContain(mine);
        // reading it again is no error and keeps the first reading time
        assertThat(sent.markRead(DSL_A, mine).status()).isEqualTo(204);
        assertThat(sent.inboxFor(DSL_A, id).get(0).path("readAt").asText()).isEqualTo(readAt);
        // the deputy's copy of the same event is their own, still unread
        assertThat(sent.inboxFor(DEPUTY_A, id).get(0).path("readAt").isNull()).isTrue();
    }

    @Test
    void everyoneSignedInHasAnInboxAndNobodyElse() {
        Reply trustee = api.get(TRUSTEE, "/api/notifications");
        assertThat(trustee.status()).isEqualTo(200);
        assertThat(trustee.json().isArray()).isTrue();
        assertThat(api.get(ADMIN, "/api/notifications").status()).isEqualTo(200);
        assertProblem(api.get(null, "/api/notifications"), 401);
        assertProblem(api.get(DSL_A, "/api/notifications?size=0"), 400);
        assertProblem(api.get(DSL_A, "/api/notifications?page=-1"), 400);
    }

    // ---- missed deadlines ----

    @Test
    void aMissedDeadlineTellsItsOwnerOnce() throws Exception {
        String id = cases.logCase(DSL_A, caseBody());
        // the notifier reads the case's reference from its read model, which has it long before a deadline is missed
        String reference = cases.awaitVersion(DSL_A, id, 0).path("reference").asText();
        // 17:00 in London on a summer day
        Instant due = Instant.parse("2026-05-26T16:00:00Z");
        events.publishMissed(id, new DeadlineMissed(DeadlineEvent.idOf(id, DeadlineKind.LADO_REFERRAL, "1"),
                DeadlineKind.LADO_REFERRAL, CaseType.INCIDENT, id, SETTING_A, due, DEPUTY_A));

        sent.awaitSent(id, 1);
        List<JsonNode> inbox = sent.inboxFor(DEPUTY_A, id);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).path("kind").asText()).isEqualTo("DEADLINE_MISSED");
        assertThat(inbox.get(0).path("text").asText())
                .isEqualTo("Deadline missed on incident case " + reference + " (cyberbullying): the LADO referral "
                        + "was due by Tuesday 26 May 2026, 17:00");
        List<MimeMessage> mails = sent.mailsTo(DEPUTY_A, id);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Tidemark: a deadline was missed, " + reference);
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains("the LADO referral was due by Tuesday 26 May 2026",
                reference,
                "/cases/" + id);
        // only the owner
        assertThat(sent.stored(where("caseId").is(id))).hasSize(1);
        assertThat(sent.mailsAbout(id)).hasSize(1);
    }

    @Test
    void aMissedDeadlineWithNoOwnerTellsWhoeverWouldOwnIt() {
        String incident = cases.logCase(DSL_A, caseBody());
        events.firstResponseMissed(incident, SETTING_A, null);
        sent.awaitSent(incident, 4);
        assertThat(sent.recipients(incident)).containsExactlyInAnyOrder(DEPUTY_A, DSL_A, DSL_AB, DSL_TRUST);

        // a disciplinary case: HR
        String disciplinary = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("DisciplinaryCaseAggregate", disciplinary, 0,
                new DeadlineMissed(DeadlineEvent.idOf(disciplinary, DeadlineKind.HEARING_NOTICE, "1"),
                        DeadlineKind.HEARING_NOTICE, CaseType.DISCIPLINARY, disciplinary, SETTING_A,
                        Instant.now(), null)));
        sent.awaitSent(disciplinary, 1);
        assertThat(sent.recipients(disciplinary)).containsExactly(HR);
        assertThat(GreenMailUtil.getBody(sent.mailsTo(HR, disciplinary).get(0))).contains("/hr/cases/" + disciplinary);
    }

    // ---- never twice ----

    @Test
    void neitherARebuildNorARedeliverySendsAnythingTwice() throws Exception {
        Map<String, Object> body = caseBody();
        body.put("immediateRisk", true);
        String risky = cases.logCase(STAFF_A, body);
        String late = cases.logCase(DSL_A, caseBody());
        events.firstResponseMissed(late, SETTING_A, DSL_A);
        sent.awaitSent(risky, 4);
        sent.awaitSent(late, 1);
        long entries = mongo.count(new Query(), NOTIFICATIONS);
        int mails = SMTP.getReceivedMessages().length;

        // 1. every projection rebuilt from zero (the notifier's processor too, when it can be reset)
        List<String> reset = events.rebuildEveryProcessorThatCanBe();
        assertThat(reset).contains("incidents");
        // every handler of the notifier is @DisallowReplay: its processor has nothing to rebuild and cannot be reset
        assertThat(reset).doesNotContain(NOTIFICATIONS);
        awaitMarker();
        assertThat(mongo.count(new Query(), NOTIFICATIONS)).as("inbox entries after a rebuild").isEqualTo(entries + 1);
        assertThat(SMTP.getReceivedMessages()).as("e-mails after a rebuild").hasSize(mails + 1);
        cases.awaitVersion(DSL_A, late, 0); // the case list is back: the rebuild did run

        // 2. every event redelivered to the notifier as if never seen (its token back to the start, not a replay)
        events.restartNotifierFromTheFirstEvent();
        awaitMarker();
        assertThat(mongo.count(new Query(), NOTIFICATIONS)).as("inbox entries after a redelivery")
                .isEqualTo(entries + 2);
        assertThat(SMTP.getReceivedMessages()).as("e-mails after a redelivery").hasSize(mails + 2);
        assertThat(sent.inboxFor(DSL_A, risky)).hasSize(1);
        assertThat(sent.mailsTo(DSL_A, risky)).hasSize(1);

        // 3. the read store lost (inbox and token): the inbox is filled again, the e-mails are not sent again
        mongo.remove(new Query(), NOTIFICATIONS);
        events.restartNotifierFromTheFirstEvent();
        awaitMarker();
        assertThat(mongo.count(new Query(), NOTIFICATIONS)).as("inbox entries, filled again")
                .isEqualTo(entries + 3);
        assertThat(SMTP.getReceivedMessages()).as("e-mails after the inbox was filled again").hasSize(mails + 3);
        assertThat(sent.inboxFor(DSL_A, risky)).hasSize(1);
        assertThat(sent.stored(where("caseId").is(risky))).allMatch(d -> "SKIPPED".equals(d.getString("mailStatus")));
    }

    /**
     * A fresh missed deadline of DSL_B's: the notifier handles events in order on one segment, so once its e-mail
     * is recorded, every event before it has been handled too.
     */
    private void awaitMarker() {
        String marker = cases.logCase(DSL_B, caseBody());
        events.firstResponseMissed(marker, SETTING_B, DSL_B);
        sent.awaitSent(marker, 1);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
