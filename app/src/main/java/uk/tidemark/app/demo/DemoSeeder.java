package uk.tidemark.app.demo;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.kernel.Meta;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Demo mode ({@code tidemark.demo.enabled=true}): on the first start, seeds the Riverside Learning Trust with its
 * two settings, eight users who share {@code tidemark.demo.password}, a few dozen fictional incidents at every
 * stage, and the HR disciplinary cases and complaints around them, so that a newcomer sees a living system at once.
 *
 * <p>A disciplinary case or complaint that an incident's referral asks for is opened by the command side's
 * referral policy once the seeding is committed, as in real use; so are the deadlines that fell due in the demo's
 * past (missed, or a warning expired), recorded then by the deadline scheduler.
 *
 * <p>Runs before {@code InitialAdministrator} (order 100), so {@code admin} gets the demo password and no random
 * one is made. The demo trust is the marker: once it exists, later starts seed nothing. Everything is one
 * database transaction (the accounts and, through Axon's Spring transaction manager and the local command bus,
 * the events), so a case the aggregate refuses aborts start-up and leaves nothing half-seeded behind.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tidemark.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 8;

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final String password;

    DemoSeeder(AccountStore accounts, PasswordEncoder encoder, CommandGateway commands,
               PlatformTransactionManager transactionManager,
               @Value("${tidemark.demo.password:}") String password) {
        this.password = requireUsablePassword(password);
        this.accounts = accounts;
        this.encoder = encoder;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Refuses start-up when demo mode would otherwise open with no password, or a guessable one. */
    static String requireUsablePassword(String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("Demo mode (tidemark.demo.enabled=true) needs a password for its users: "
                    + "set tidemark.demo.password to a secret of at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("Demo mode: tidemark.demo.password is too short; use at least "
                    + MIN_PASSWORD_LENGTH + " characters.");
        }
        return password;
    }

    /** Every demo incident, in the order they are seeded. */
    static List<DemoCase> scenarios() {
        List<DemoCase> all = new ArrayList<>();
        all.addAll(RiversidePrimaryCases.all());
        all.addAll(HillviewAcademyCases.all());
        all.addAll(StaffConcernCases.all());
        all.addAll(DemoLowLevelConcerns.all()); // issue 18: a second low-level concern about one member of staff
        return all;
    }

    /** The disciplinary cases HR opened directly (those opened by a DSL's referral start from an incident). */
    static List<DemoHrCase> hrCases() {
        return DisciplinaryCases.all();
    }

    /** The complaints received directly (those redirected from an incident start from the incident). */
    static List<DemoComplaint> complaints() {
        return Complaints.all();
    }

    /** Everything the demo seeds, in order: the incidents first, so that HR cases find their people's ids. */
    static List<DemoStory> stories() {
        List<DemoStory> all = new ArrayList<>(scenarios());
        all.addAll(hrCases());
        all.addAll(complaints());
        all.addAll(DemoImageConsent.all()); // the image consent register (issue 18)
        all.addAll(OfficialAccounts.all()); // the official accounts register (issue 18)
        all.add(new DemoPolicies()); // issue 18: policies staff must read, and their training
        all.addAll(DemoDeclarations.all()); // issue 18: a contact declared and noted, an approval waiting
        return all;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> kept = new ArrayList<>();
        Integer seeded;
        long started = System.nanoTime();
        try {
            seeded = transaction.execute(status -> {
                if (DemoOrganisation.alreadySeeded(accounts)) {
                    return null;
                }
                kept.addAll(DemoOrganisation.create(accounts, encoder.encode(password)));
                return seedCases(stories(), Instant.now());
            });
        } catch (DuplicateKeyException seededMeanwhile) {
            // another instance sharing the database created the demo trust first; its transaction won
            seeded = null;
        }
        if (seeded == null) {
            log.info("Demo mode: the demo trust already exists; nothing seeded");
            return;
        }
        if (!kept.isEmpty()) {
            log.warn("Demo mode: {} account(s) already existed and kept their own password: {}", kept.size(), kept);
        }
        log.info("Demo mode: seeded {} cases, {} HR cases and {} complaints in {} ms", scenarios().size(),
                hrCases().size(), complaints().size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Sends every command of {@code stories}, in order, as their actors. Called inside a transaction, a refusal
     * rolls back every story sent before it as well. Answers how many stories were seeded.
     */
    int seedCases(List<? extends DemoStory> stories, Instant now) {
        DemoPeople people = new DemoPeople();
        for (int i = 0; i < stories.size(); i++) {
            DemoStory story = stories.get(i);
            for (DemoStory.Step step : story.plan(now, people)) {
                send(step, "demo " + story.kind() + " " + (i + 1) + " (" + story.label() + ")");
            }
        }
        return stories.size();
    }

    /**
     * Sends one step as its actor, with its events stamped at the time the story gives it: Axon takes event
     * timestamps from {@link GenericEventMessage#clock}, which is set for the step and restored after it. Seeding
     * runs once, on the first start of a demo system, before anyone can have signed in.
     */
    private void send(DemoStory.Step step, String which) {
        Clock system = GenericEventMessage.clock;
        try {
            GenericEventMessage.clock = Clock.fixed(step.at(), ZoneOffset.UTC);
            // keep the result an Object (docs/platform-pitfalls.md #12)
            Object ignored = commands.sendAndWait(GenericCommandMessage.asCommandMessage(step.command())
                    .andMetaData(Map.of(Meta.ACTOR, step.actor())));
        } catch (RuntimeException refused) {
            // a scenario that breaks the case rules is a bug in the demo data: stop start-up, say which step
            throw new DemoSeedingException("Demo mode could not seed " + which + ": its " + step.what() + " step ("
                    + step.command().getClass().getSimpleName() + " as '" + step.actor() + "') was refused: "
                    + refused.getMessage(), refused);
        } finally {
            GenericEventMessage.clock = system;
        }
    }

    /** A demo case the command side refused; start-up stops and nothing of the demo is kept. */
    static final class DemoSeedingException extends RuntimeException {
        DemoSeedingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
