package uk.tidemark.app.web.register.accounts;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.account.UserDisabled;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;
import uk.tidemark.kernel.officialaccount.command.RecordAccessLost;
import uk.tidemark.kernel.officialaccount.query.FindOfficialAccounts;
import uk.tidemark.kernel.officialaccount.query.OfficialAccountView;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * When an administrator disables a user, each official account they have access to is told ({@code RecordAccessLost}):
 * its lead then has a password change to make within a working day, and the headteacher a handover when the user was
 * the lead (seeds 001 and 002). Told once the disabling is committed; and because the application may stop between
 * the two, every account in use is checked against the disabled users at start and then every
 * {@code tidemark.official-accounts.leaver-check-interval} (default 10 minutes): the check finds whoever still has
 * access with a disabled user and tells the account again, which changes nothing for an account told already.
 */
@Component
class LeaverChecks {

    /** The actor of the checks' own commands (the audit trail shows it as Tidemark). */
    static final String ACTOR = "tidemark";
    private static final Logger log = LoggerFactory.getLogger(LeaverChecks.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final AccountStore users;
    private final AccountAccess access;
    private final Duration interval;
    private ScheduledExecutorService timer;

    LeaverChecks(QueryGateway queries, CommandGateway commands, AccountStore users, AccountAccess access,
                 @Value("${tidemark.official-accounts.leaver-check-interval:10m}") Duration interval) {
        this.queries = queries;
        this.commands = commands;
        this.users = users;
        this.access = access;
        this.interval = interval;
    }

    /** Once the disabling is committed (not before: a rolled-back disabling tells nobody). */
    @TransactionalEventListener(fallbackExecution = true)
    void disabled(UserDisabled event) {
        try {
            accountsOf(event.username()).forEach(a -> tell(a, event.username()));
        } catch (RuntimeException e) {
            // the periodic check tells the accounts later; the disabling itself stands
            log.warn("Could not tell the official accounts of a disabled user yet: {}", e.toString());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "official-account-leavers");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void checkQuietly() {
        try {
            int told = check();
            if (told > 0) {
                log.info("Told {} official account(s) of users disabled meanwhile", told);
            }
        } catch (RuntimeException e) {
            log.warn("The check of official accounts against disabled users failed; it runs again later: {}",
                    e.toString());
        }
    }

    /** Tells every account in use of each of its people whose user is disabled; answers how many it told. */
    int check() {
        int told = 0;
        for (OfficialAccountView account : inUse()) {
            for (String username : usernames(account).toList()) {
                if (users.find(username).map(TidemarkUser::isEnabled).orElse(false)) {
                    continue;
                }
                tell(account, username);
                told++;
            }
        }
        return told;
    }

    private List<OfficialAccountView> accountsOf(String username) {
        return inUse().stream().filter(a -> usernames(a).anyMatch(username::equals)).toList();
    }

    private List<OfficialAccountView> inUse() {
        return queries.query(new FindOfficialAccounts(null), ResponseTypes.multipleInstancesOf(OfficialAccountView.class))
                .join().stream().filter(a -> !a.status().isFinished()).toList();
    }

    private static Stream<String> usernames(OfficialAccountView a) {
        return Stream.concat(Optional.ofNullable(a.lead()).stream(), a.people().stream())
                .map(AccountPerson::username).filter(u -> u != null && !u.isBlank()).distinct();
    }

    private void tell(OfficialAccountView account, String username) {
        RecordAccessLost command = new RecordAccessLost(OfficialAccountId.of(account.id()), username,
                access.headteacherOf(account.settingId(), username));
        // the administrator's name when told at once (the actor interceptor adds it); Tidemark's for the checks
        Map<String, ?> actor = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication() == null ? Map.of(Meta.ACTOR, ACTOR) : Map.of();
        Object ignored = commands.sendAndWait(new GenericCommandMessage<>(command, MetaData.from(actor)));
    }
}
