package uk.tidemark.app.account;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that turns a username into the name people know the user by ("dsl-a" → "Dee Ess"): every page and
 * e-mail that shows a person who uses Tidemark (an owner, who logged or acted, who was granted) asks here, never
 * shows the username (issue 16). A name is kept for {@link #KEPT} (a page lists the same few people many times);
 * an administrator's rename shows within that time. Called from templates as {@code ${@names.of(e.actor())}}.
 */
@Component("names")
public class DisplayNames {

    /** How long a looked-up name is reused. */
    static final Duration KEPT = Duration.ofSeconds(30);
    /** Who acted when no person did: a deadline that passed, a scheduled job. */
    public static final String TIDEMARK = "Tidemark";
    /**
     * The actors Tidemark itself sends commands as (the checks it runs, the registers' policies), in words, for when
     * no account has that username.
     */
    static final Map<String, String> SYSTEM_ACTORS = Map.of("tidemark", TIDEMARK,
            "image-consent-register", "Tidemark, from the image consent register");

    private record Known(String name, Instant until) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Autowired
    public DisplayNames(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    DisplayNames(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The user's display name; the username itself when no account has it (an account since deleted, a name
     * typed by hand); {@value #TIDEMARK} for no one.
     */
    public String of(String username) {
        if (username == null || username.isBlank()) {
            return TIDEMARK;
        }
        Instant now = clock.instant();
        Known hit = known.get(username);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.name();
        }
        List<String> rows = jdbc.queryForList("SELECT display_name FROM tidemark_user WHERE username = ?",
                String.class, username);
        String name = rows.isEmpty() || rows.get(0) == null || rows.get(0).isBlank()
                ? SYSTEM_ACTORS.getOrDefault(username, username) : rows.get(0).strip();
        if (known.size() > 10_000) { // a bound, not a policy: names are few
            known.clear();
        }
        known.put(username, new Known(name, now.plus(KEPT)));
        return name;
    }

    /** As {@link #of}, but "Nobody yet" for no one (a case no one owns yet). */
    public String orNobody(String username) {
        return username == null || username.isBlank() ? "Nobody yet" : of(username);
    }

    /**
     * Who a reader means by a name they typed: the accounts whose display name it is (any case, spaces as typed),
     * or the account with that username. Empty when no one is called that.
     */
    public List<String> usernamesCalled(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String name = typed.strip().replaceAll("\\s+", " ");
        return jdbc.queryForList("SELECT username FROM tidemark_user WHERE LOWER(display_name) = LOWER(?) "
                + "OR username = ? ORDER BY username", String.class, name, name);
    }

    /** A name changed (an administrator's edit): forget what was kept. */
    public void forget(String username) {
        if (username != null) {
            known.remove(username);
        }
    }
}
