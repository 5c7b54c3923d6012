package uk.tidemark.app.web.page;

import org.springframework.stereotype.Component;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.idempotency.IdempotencyKeyHeader;
import uk.tidemark.app.web.idempotency.IdempotencyKeys;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A form that creates a case is sent once, however often it is submitted (decision 0029): the page carries a
 * one-time key in a hidden field ({@value #FIELD}), made when the form is first shown; the first submission with
 * it creates the case, and a repeat (a phone that lost its connection after sending and sends again, a double tap)
 * goes to the case the first one made. The keys are the API's {@code Idempotency-Key}s, in the same store.
 */
@Component
public class OnceOnlyForms {

    /** The hidden field of the one-time key. */
    public static final String FIELD = "idempotencyKey";
    static final String SENT_ALREADY = "This form was sent already, with other answers. Look at what it made "
            + "before you send it again: if you send it again now, it is sent as a new one.";
    static final String STILL_SENDING = "This form is still being sent. Wait a moment, then look for what it made "
            + "before you send it again.";
    private static final List<String> NOT_ANSWERS = List.of("_csrf", "action", FIELD);
    /** What a repeat of a page's submission is answered: the created case's id, the page redirects to it. */
    private static final int PAGE_CREATED = 303;

    private final IdempotencyKeys keys;

    public OnceOnlyForms(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /** A form's first values: {@code defaults} and a new one-time key. */
    public static Map<String, String> withNewKey(Map<String, String> defaults) {
        Map<String, String> values = new HashMap<>(defaults);
        values.put(FIELD, UUID.randomUUID().toString());
        return values;
    }

    /**
     * Runs {@code create} (whose result is the new case's id) once for the form's key: the first time, for real;
     * again, the first time's id, with nothing done. A form without a valid key is created as it is.
     */
    public PageActions.Outcome<String> createOnce(TidemarkUser user, String formName, Map<String, String> submitted,
                                                  Supplier<PageActions.Outcome<String>> create) {
        Optional<String> key = IdempotencyKeyHeader.parse(submitted.get(FIELD));
        if (key.isEmpty()) {
            return create.get();
        }
        IdempotencyKeys.Claim claim = keys.claim(user.getUsername(), key.get(), fingerprint(formName, submitted));
        if (claim instanceof IdempotencyKeys.Replay replay) {
            return new PageActions.Outcome<>(replay.answer().body(), null);
        }
        if (claim instanceof IdempotencyKeys.Mismatch) {
            return new PageActions.Outcome<>(null, new Form(formName, withNewKey(submitted), List.of(), SENT_ALREADY));
        }
        if (!(claim instanceof IdempotencyKeys.Started started)) {
            return new PageActions.Outcome<>(null, new Form(formName, submitted, List.of(), STILL_SENDING));
        }
        PageActions.Outcome<String> outcome;
        try {
            outcome = create.get();
        } catch (RuntimeException failed) {
            keys.release(started);
            throw failed;
        }
        if (outcome.done()) {
            keys.complete(started, new IdempotencyKeys.Answer(PAGE_CREATED, null, "text/plain", outcome.result()));
        } else {
            keys.release(started);
        }
        return outcome;
    }

    /** The form's answers, in field order, without the token, the button or the key itself. */
    private static String fingerprint(String formName, Map<String, String> submitted) {
        StringBuilder answers = new StringBuilder();
        new TreeMap<>(submitted).forEach((field, value) -> {
            if (!NOT_ANSWERS.contains(field) && value != null && !value.isBlank()) {
                answers.append(field).append('=').append(value.strip().replace("\n", "\\n")).append('\n');
            }
        });
        return IdempotencyKeyHeader.fingerprint("PAGE " + formName,
                answers.toString().getBytes(StandardCharsets.UTF_8));
    }
}
