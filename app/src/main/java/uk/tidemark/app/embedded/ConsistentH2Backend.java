package uk.tidemark.app.embedded;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The embedded read store's backend, crash-consistent: what is on disk after a {@code kill -9} is the store as it was
 * between two whole commands, never in the middle of one (decision 0023).
 *
 * <p>mongo-java-server's H2 backend writes a document in two steps, the document into the collection's map and then
 * its {@code _id} into the unique index's map, with no transaction around them; MVStore's own auto-commit runs on a
 * timer and persists whatever the maps hold at that instant. A commit between the two steps followed by a crash left
 * a document that its {@code _id} index did not know: invisible to every query by id, and impossible to write again
 * (the index check let the insert through, the collection's map refused it with error -1, not a duplicate key). The
 * incidents projection then failed on that case's document in every batch of its segment, and Axon's pooled processor
 * backed the segment off for up to a minute at a time, for ever: the crash test's cases "with no read model at all".
 *
 * <p>Here MVStore never commits on its own ({@link #open}); every command runs under a shared lock, and the store is
 * committed under the exclusive lock, every {@code commitInterval}, at shutdown, and when asked ({@link #commit}).
 * So a commit always falls between commands: a document and its index entry are persisted together, and so is each
 * bulk write as a whole.
 */
public final class ConsistentH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(ConsistentH2Backend.class);
    /** Every this many commits, rewrite sparse chunks (MVStore's housekeeping thread is off with its auto-commit). */
    private static final int COMPACT_EVERY = 60;
    private static final int COMPACT_FILL_RATE = 50;
    private static final int COMPACT_WRITE_BYTES = 4 * 1024 * 1024;

    private final MVStore store;
    private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();
    private final ScheduledExecutorService committer;
    private long commits;

    private ConsistentH2Backend(MVStore store, Duration commitInterval) {
        super(store);
        this.store = store;
        this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "read-store-commit");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, commitInterval.toMillis());
        committer.scheduleWithFixedDelay(this::commitQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Opens (or creates) the store file with MVStore's auto-commit off, committed every {@code commitInterval}. */
    public static ConsistentH2Backend open(Path file, Duration commitInterval) {
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                // no timed commit and no commit when the unsaved buffer fills: both would land mid-command
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .open();
        return new ConsistentH2Backend(store, commitInterval);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        commands.readLock().lock();
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            commands.readLock().unlock();
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        commands.readLock().lock();
        try {
            return super.handleQuery(query);
        } finally {
            commands.readLock().unlock();
        }
    }

    /** Persists the store as it is between commands; commands wait meanwhile. */
    @Override
    public void commit() {
        commands.writeLock().lock();
        try {
            if (store.isClosed()) {
                return;
            }
            store.commit();
            if (++commits % COMPACT_EVERY == 0 && store.compact(COMPACT_FILL_RATE, COMPACT_WRITE_BYTES)) {
                store.commit(); // the rewritten pages, still between commands
            }
        } finally {
            commands.writeLock().unlock();
        }
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (RuntimeException e) {
            log.warn("Read store not committed this round: {}", e.getClass().getSimpleName());
        }
    }

    /** Commits what the last commands wrote and closes the file (MongoServer's shutdown). */
    @Override
    public void close() {
        committer.shutdownNow();
        commands.writeLock().lock();
        try {
            super.close();
        } finally {
            commands.writeLock().unlock();
        }
    }

    /**
     * For tests: the file closed as a {@code kill -9} leaves it, whatever command is under way, with nothing written
     * since the last commit.
     */
    void crash() {
        committer.shutdownNow();
        store.closeImmediately();
    }
}
