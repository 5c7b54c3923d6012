package uk.tidemark.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
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
import uk.tidemark.app.account.Role;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

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
    static final String NOTIFICATIONS = "notifications";

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
    void addresses() {
        if (accounts.exists(DSL_TRUST)) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        accounts.createUser(DSL_TRUST, "Trust Dee", hash, EnumSet.of(Role.DSL), "trust-1", true, Set.of(),
                address(DSL_TRUST));
        for (String user : List.of(DSL_A, DEPUTY_A, DSL_B, DSL_AB, STAFF_A, TRUSTEE, HR, HEAD_A)) {
            assertThat(accounts.setEmail(user, address(user))).isTrue();
        }
        assertThat(accounts.emailOf(DSL_A)).contains(address(DSL_A));
    }

    static String address(String username) {
        return username + "@mail.example.org";
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
        awaitSent(id, told.size());
        for (String user : told) {
            List<JsonNode> mine = inboxFor(user, id);
            assertThat(mine).as("inbox of %s", user).hasSize(1);
            JsonNode n = mine.get(0);
            assertThat(fieldNames(n)).containsExactlyInAnyOrder("notificationId", "kind", "caseType", "caseId",
                    "caseReference", "text", "createdAt", "readAt");
            assertThat(n.path("caseReference").asText()).isEqualTo(reference);
            assertThat(n.path("notificationId").asText()).endsWith(":" + user);
            assertThat(n.path("kind").asText()).isEqualTo("IMMEDIATE_RISK");
            assertThat(n.path("caseType").asText()).isEqualTo("INCIDENT");
            assertThat(n.path("text").asText()).isEqualTo("Immediate risk reported in Alder School, case " + reference);
            assertThat(n.path("readAt").isNull()).isTrue();
            assertThat(Instant.parse(n.path("createdAt").asText())).isBefore(Instant.now());

            List<MimeMessage> mails = mailsTo(user, id);
            assertThat(mails).as("e-mails to %s", user).hasSize(1);
            MimeMessage mail = mails.get(0);
            assertThat(mail.getSubject()).isEqualTo("Tidemark: immediate risk reported, " + reference);
            assertThat(mail.getFrom()[0].toString()).isEqualTo(FROM);
            String text = GreenMailUtil.getBody(mail);
            assertThat(text).contains("Immediate risk reported in Alder School, case " + reference,
                    "https://tidemark.example.org/cases/" + id);
            // no personal data and no case text leave the system by e-mail
            assertThat(text).doesNotContain("Pupil One", "Account Holder", "Year 8", "instagram", "Stan Staff",
                    STAFF_A);
        }
        // the event has been handled in full (every recipient's e-mail is recorded): the others got nothing
        for (String user : List.of(DSL_B, STAFF_A, TRUSTEE, HR)) {
            assertThat(inboxFor(user, id)).as("inbox of %s", user).isEmpty();
            assertThat(mailsTo(user, id)).as("e-mails to %s", user).isEmpty();
        }
        // a case logged without immediate risk, before it, told no one
        assertThat(stored(where("caseId").is(quiet))).isEmpty();
        assertThat(mailsAbout(quiet)).isEmpty();
    }

    @Test
    void aNotificationIsMarkedReadByItsRecipientOnly() {
        Map<String, Object> body = caseBody();
        body.put("immediateRisk", true);
        String id = cases.logCase(DSL_A, body);
        awaitSent(id, 4);
        String mine = inboxFor(DSL_A, id).get(0).path("notificationId").asText();

        // someone else's notification and an unknown one: the same 404, word for word
        JsonNode foreign = assertProblem(markRead(DSL_B, mine), 404);
        JsonNode unknown = assertProblem(markRead(DSL_B, UUID.randomUUID().toString()), 404);
        assertThat(foreign.path("detail")).isEqualTo(unknown.path("detail"));
        assertThat(inboxFor(DSL_A, id).get(0).path("readAt").isNull()).isTrue();

        assertThat(unread(DSL_A)).contains(mine);
        assertThat(markRead(DSL_A, mine).status()).isEqualTo(204);
        String readAt = inboxFor(DSL_A, id).get(0).path("readAt").asText();
        assertThat(Instant.parse(readAt)).isBefore(Instant.now().plusSeconds(1));
        assertThat(unread(DSL_A)).doesNotContain(mine);
        // reading it again is no error and keeps the first reading time
        assertThat(markRead(DSL_A, mine).status()).isEqualTo(204);
        assertThat(inboxFor(DSL_A, id).get(0).path("readAt").asText()).isEqualTo(readAt);
        // the deputy's copy of the same event is their own, still unread
        assertThat(inboxFor(DEPUTY_A, id).get(0).path("readAt").isNull()).isTrue();
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
        publishMissed(id, new DeadlineMissed(DeadlineEvent.idOf(id, DeadlineKind.LADO_REFERRAL, "1"),
                DeadlineKind.LADO_REFERRAL, CaseType.INCIDENT, id, SETTING_A, due, DEPUTY_A));

        awaitSent(id, 1);
        List<JsonNode> inbox = inboxFor(DEPUTY_A, id);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).path("kind").asText()).isEqualTo("DEADLINE_MISSED");
        assertThat(inbox.get(0).path("text").asText())
                .isEqualTo("Deadline missed: LADO referral (due 26 May 2026 17:00), case " + reference);
        List<MimeMessage> mails = mailsTo(DEPUTY_A, id);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Tidemark: a deadline was missed, " + reference);
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains("Deadline missed: LADO referral", reference,
                "/cases/" + id);
        // only the owner
        assertThat(stored(where("caseId").is(id))).hasSize(1);
        assertThat(mailsAbout(id)).hasSize(1);
    }

    @Test
    void aMissedDeadlineWithNoOwnerTellsWhoeverWouldOwnIt() {
        String incident = cases.logCase(DSL_A, caseBody());
        publishMissed(incident, new DeadlineMissed(DeadlineEvent.idOf(incident, DeadlineKind.FIRST_RESPONSE, "1"),
                DeadlineKind.FIRST_RESPONSE, CaseType.INCIDENT, incident, SETTING_A, Instant.now(), null));
        awaitSent(incident, 4);
        assertThat(recipients(incident)).containsExactlyInAnyOrder(DEPUTY_A, DSL_A, DSL_AB, DSL_TRUST);

        // a disciplinary case: HR
        String disciplinary = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("DisciplinaryCaseAggregate", disciplinary, 0,
                new DeadlineMissed(DeadlineEvent.idOf(disciplinary, DeadlineKind.HEARING_NOTICE, "1"),
                        DeadlineKind.HEARING_NOTICE, CaseType.DISCIPLINARY, disciplinary, SETTING_A,
                        Instant.now(), null)));
        awaitSent(disciplinary, 1);
        assertThat(recipients(disciplinary)).containsExactly(HR);
        assertThat(GreenMailUtil.getBody(mailsTo(HR, disciplinary).get(0))).contains("/hr/cases/" + disciplinary);
    }

    // ---- never twice ----

    @Test
    void neitherARebuildNorARedeliverySendsAnythingTwice() throws Exception {
        Map<String, Object> body = caseBody();
        body.put("immediateRisk", true);
        String risky = cases.logCase(STAFF_A, body);
        String late = cases.logCase(DSL_A, caseBody());
        publishMissed(late, new DeadlineMissed(DeadlineEvent.idOf(late, DeadlineKind.FIRST_RESPONSE, "1"),
                DeadlineKind.FIRST_RESPONSE, CaseType.INCIDENT, late, SETTING_A, Instant.now(), DSL_A));
        awaitSent(risky, 4);
        awaitSent(late, 1);
        long entries = mongo.count(new Query(), NOTIFICATIONS);
        int mails = SMTP.getReceivedMessages().length;

        // 1. every projection rebuilt from zero (the notifier's processor too, when it can be reset)
        List<String> reset = new ArrayList<>();
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                streaming.shutDown();
                streaming.resetTokens();
                streaming.start();
                reset.add(streaming.getName());
            }
        }
        assertThat(reset).contains("incidents");
        // every handler of the notifier is @DisallowReplay: its processor has nothing to rebuild and cannot be reset
        assertThat(reset).doesNotContain(NOTIFICATIONS);
        awaitMarker();
        assertThat(mongo.count(new Query(), NOTIFICATIONS)).as("inbox entries after a rebuild").isEqualTo(entries + 1);
        assertThat(SMTP.getReceivedMessages()).as("e-mails after a rebuild").hasSize(mails + 1);
        cases.awaitVersion(DSL_A, late, 0); // the case list is back: the rebuild did run

        // 2. every event redelivered to the notifier as if never seen (its token back to the start, not a replay)
        restartNotifierFromTheFirstEvent();
        awaitMarker();
        assertThat(mongo.count(new Query(), NOTIFICATIONS)).as("inbox entries after a redelivery")
                .isEqualTo(entries + 2);
        assertThat(SMTP.getReceivedMessages()).as("e-mails after a redelivery").hasSize(mails + 2);
        assertThat(inboxFor(DSL_A, risky)).hasSize(1);
        assertThat(mailsTo(DSL_A, risky)).hasSize(1);

        // 3. the read store lost (inbox and token): the inbox is filled again, the e-mails are not sent again
        mongo.remove(new Query(), NOTIFICATIONS);
        restartNotifierFromTheFirstEvent();
        awaitMarker();
        assertThat(mongo.count(new Query(), NOTIFICATIONS)).as("inbox entries, filled again")
                .isEqualTo(entries + 3);
        assertThat(SMTP.getReceivedMessages()).as("e-mails after the inbox was filled again").hasSize(mails + 3);
        assertThat(inboxFor(DSL_A, risky)).hasSize(1);
        assertThat(stored(where("caseId").is(risky))).allMatch(d -> "SKIPPED".equals(d.getString("mailStatus")));
    }

    /**
     * A fresh missed deadline of DSL_B's: the notifier handles events in order on one segment, so once its e-mail
     * is recorded, every event before it has been handled too.
     */
    private void awaitMarker() {
        String marker = cases.logCase(DSL_B, caseBody());
        publishMissed(marker, new DeadlineMissed(DeadlineEvent.idOf(marker, DeadlineKind.FIRST_RESPONSE, "1"),
                DeadlineKind.FIRST_RESPONSE, CaseType.INCIDENT, marker, SETTING_B, Instant.now(), DSL_B));
        awaitSent(marker, 1);
    }

    private void restartNotifierFromTheFirstEvent() {
        StreamingEventProcessor notifier = (StreamingEventProcessor) processing.eventProcessor(NOTIFICATIONS)
                .orElseThrow();
        notifier.shutDown();
        try {
            // a plain token at the first event, not a replay token: the events arrive as new ones
            TrackingToken first = eventStore.createTailToken();
            for (int segment : tokenStore.fetchSegments(NOTIFICATIONS)) {
                tokenStore.storeToken(first, NOTIFICATIONS, segment);
                tokenStore.releaseClaim(NOTIFICATIONS, segment);
            }
        } finally {
            notifier.start();
        }
    }

    // ---- helpers ----

    /** Appends a DeadlineMissed to a logged case's stream, as the case would when its deadline fires. */
    private void publishMissed(String caseId, DeadlineMissed missed) {
        var first = eventStore.readEvents(caseId).next();
        eventStore.publish(new GenericDomainEventMessage<>(first.getType(), caseId, cases.storedVersion(caseId) + 1,
                missed));
    }

    /** Waits until {@code count} inbox entries about the case are stored and their e-mails recorded. */
    private void awaitSent(String caseId, int count) {
        await(() -> {
            List<Document> docs = stored(where("caseId").is(caseId));
            return docs.size() >= count && docs.stream().allMatch(d -> !"PENDING".equals(d.getString("mailStatus")));
        }, count + " notification(s) about " + caseId);
        assertThat(stored(where("caseId").is(caseId))).hasSize(count)
                .allMatch(d -> "SENT".equals(d.getString("mailStatus")));
    }

    private List<Document> stored(org.springframework.data.mongodb.core.query.Criteria criteria) {
        return mongo.find(Query.query(criteria), Document.class, NOTIFICATIONS);
    }

    private List<String> recipients(String caseId) {
        return stored(where("caseId").is(caseId)).stream().map(d -> d.getString("recipient")).toList();
    }

    private List<JsonNode> inboxFor(String user, String caseId) {
        Reply reply = api.get(user, "/api/notifications?size=100");
        assertThat(reply.status()).as("inbox of %s: %s", user, reply).isEqualTo(200);
        return StreamSupport.stream(reply.json().spliterator(), false)
                .filter(n -> caseId.equals(n.path("caseId").asText())).toList();
    }

    private Reply markRead(String user, String notificationId) {
        return api.send(user, "POST", "/api/notifications/" + notificationId + "/read", null, null, null);
    }

    private List<String> unread(String user) {
        Reply reply = api.get(user, "/api/notifications?unread=true&size=100");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().findValuesAsText("notificationId");
    }

    private static List<MimeMessage> mailsTo(String user, String caseId) {
        return mailsAbout(caseId).stream().filter(m -> to(m).contains(address(user))).toList();
    }

    private static List<MimeMessage> mailsAbout(String caseId) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> GreenMailUtil.getBody(m).contains(caseId))
                .toList();
    }

    private static List<String> to(MimeMessage mail) {
        try {
            Address[] to = mail.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void await(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("not within 15 s: " + what);
    }
}
