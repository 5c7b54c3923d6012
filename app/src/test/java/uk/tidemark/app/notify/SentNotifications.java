package uk.tidemark.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * What the notifier has told, seen three ways: its stored inbox entries (each with its e-mail's status), a user's
 * inbox over the API, and the e-mails the SMTP server received. Every user's address is {@link #address}.
 */
final class SentNotifications {

    static final String COLLECTION = "notifications";

    private final ApiClient api;
    private final MongoTemplate mongo;
    private final GreenMail smtp;

    SentNotifications(ApiClient api, MongoTemplate mongo, GreenMail smtp) {
        this.api = api;
        this.mongo = mongo;
        this.smtp = smtp;
    }

    static String address(String username) {
        return username + "@mail.example.org";
    }

    /**
     * Gives the test accounts who may be told something an e-mail address, and adds a trust-wide DSL (told about
     * every setting of the trust); once per context.
     */
    static void giveAddresses(AccountStore accounts, PasswordEncoder encoder, String trustDsl) {
        if (accounts.exists(trustDsl)) {
            return;
        }
        accounts.createUser(trustDsl, "Trust Dee", encoder.encode(PASSWORD), EnumSet.of(Role.DSL), "trust-1", true,
                Set.of(), address(trustDsl));
        for (String user : List.of(DSL_A, DEPUTY_A, DSL_B, DSL_AB, STAFF_A, TRUSTEE, HR, HEAD_A)) {
            assertThat(accounts.setEmail(user, address(user))).isTrue();
        }
        assertThat(accounts.emailOf(DSL_A)).contains(address(DSL_A));
    }

    /** Waits until {@code count} inbox entries about the case are stored and their e-mails recorded. */
    void awaitSent(String caseId, int count) {
        await(() -> {
            List<Document> docs = stored(where("caseId").is(caseId));
            return docs.size() >= count && docs.stream().allMatch(d -> !"PENDING".equals(d.getString("mailStatus")));
        }, count + " notification(s) about " + caseId);
        assertThat(stored(where("caseId").is(caseId))).hasSize(count)
                .allMatch(d -> "SENT".equals(d.getString("mailStatus")));
    }

    List<Document> stored(Criteria criteria) {
        return mongo.find(Query.query(criteria), Document.class, COLLECTION);
    }

    List<String> recipients(String caseId) {
        return stored(where("caseId").is(caseId)).stream().map(d -> d.getString("recipient")).toList();
    }

    List<JsonNode> inboxFor(String user, String caseId) {
        Reply reply = api.get(user, "/api/notifications?size=100");
        assertThat(reply.status()).as("inbox of %s: %s", user, reply).isEqualTo(200);
        return StreamSupport.stream(reply.json().spliterator(), false)
                .filter(n -> caseId.equals(n.path("caseId").asText())).toList();
    }

    Reply markRead(String user, String notificationId) {
        return api.send(user, "POST", "/api/notifications/" + notificationId + "/read", null, null, null);
    }

    List<String> unread(String user) {
        Reply reply = api.get(user, "/api/notifications?unread=true&size=100");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().findValuesAsText("notificationId");
    }

    List<MimeMessage> mailsTo(String user, String caseId) {
        return mailsAbout(caseId).stream().filter(m -> to(m).contains(address(user))).toList();
    }

    List<MimeMessage> mailsAbout(String caseId) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> GreenMailUtil.getBody(m).contains(caseId))
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
