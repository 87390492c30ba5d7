package dev.roundup.search;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

/**
 * Keeps popular cached values fresh in the background: a value served when it is older than the refresh
 * interval is recomputed on the executor, once at a time per key, and the request that noticed gets the value
 * it found. Someone searching for a popular query thus never waits for its expiry's recomputation (at a
 * million link items a common word takes a second or more); a value nobody asks for still expires.
 * <p>
 * Content changes must win: the generation counts them, bumped before the cache is forgotten. A value
 * computed across a change is put, then taken back out when the generation has moved, so no stale value
 * outlives the change that made it stale.
 */
final class RefreshAhead<K, V> {

    private static final Logger LOG = Logger.getLogger(RefreshAhead.class);

    /** A value with when it was computed and the content generation it was computed from. */
    record Stamped<V>(V value, long computedAtNanos, long generation) {
    }

    /** Where the refreshed value goes: the cache the stamped values are kept in. */
    interface Store<K, V> {
        void put(K key, Stamped<V> value);

        void invalidate(K key);
    }

    private final long refreshAfterNanos;
    private final Executor executor;
    private final LongSupplier clock;
    private final LongSupplier generation;
    private final Set<K> refreshing = ConcurrentHashMap.newKeySet();

    RefreshAhead(Duration refreshAfter, Executor executor, LongSupplier clock, LongSupplier generation) {
        this.refreshAfterNanos = refreshAfter.toNanos();
        this.executor = executor;
        this.clock = clock;
        this.generation = generation;
    }

    Stamped<V> stamp(V value, long generationBefore) {
        return new Stamped<>(value, clock.getAsLong(), generationBefore);
    }

    long generation() {
        return generation.getAsLong();
    }

    /** Called with every value served from the cache; starts its refresh when it is due. */
    void served(K key, Stamped<V> served, Function<K, V> compute, Store<K, V> store) {
        boolean due = clock.getAsLong() - served.computedAtNanos() >= refreshAfterNanos;
        // a value from before a change is being forgotten, not refreshed
        if (!due || served.generation() != generation() || !refreshing.add(key)) {
            return;
        }
        try {
            executor.execute(() -> refresh(key, compute, store));
        } catch (RejectedExecutionException e) {
            refreshing.remove(key);
        }
    }

    private void refresh(K key, Function<K, V> compute, Store<K, V> store) {
        try {
            long before = generation();
            store.put(key, stamp(compute.apply(key), before));
            if (generation() != before) {
                store.invalidate(key);
            }
        } catch (RuntimeException e) {
            // the value served stays until it expires; the next request after that computes it again
            LOG.debugf(e, "refreshing a cached value failed");
        } finally {
            refreshing.remove(key);
        }
    }
}
