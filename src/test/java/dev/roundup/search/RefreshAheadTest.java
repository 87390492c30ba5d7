package dev.roundup.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class RefreshAheadTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(100 * SECOND);
    private final AtomicLong generation = new AtomicLong();
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Map<String, RefreshAhead.Stamped<String>> cache = new HashMap<>();
    private final AtomicInteger computations = new AtomicInteger();
    private final RefreshAhead<String, String> refreshAhead = new RefreshAhead<>(Duration.ofSeconds(10),
            background::add, clock::get, generation::get);
    private final RefreshAhead.Store<String, String> store = new RefreshAhead.Store<>() {
        @Override
        public void put(String key, RefreshAhead.Stamped<String> value) {
            cache.put(key, value);
        }

        @Override
        public void invalidate(String key) {
            cache.remove(key);
        }
    };

    private final Function<String, String> compute = key -> key + " v" + computations.incrementAndGet();

    @Test
    void a_value_younger_than_the_interval_is_served_without_recomputing() {
        RefreshAhead.Stamped<String> value = cached("kafka", "kafka v0");
        clock.addAndGet(9 * SECOND);

        refreshAhead.served("kafka", value, compute, store);

        assertThat(background).isEmpty();
        assertThat(computations).hasValue(0);
    }

    @Test
    void a_due_value_is_recomputed_once_in_the_background_and_replaces_the_cached_one() {
        RefreshAhead.Stamped<String> value = cached("kafka", "kafka v0");
        clock.addAndGet(10 * SECOND);

        refreshAhead.served("kafka", value, compute, store);
        refreshAhead.served("kafka", value, compute, store);

        assertThat(background).hasSize(1);
        assertThat(cache.get("kafka").value()).isEqualTo("kafka v0");
        background.poll().run();
        assertThat(cache.get("kafka").value()).isEqualTo("kafka v1");
        assertThat(cache.get("kafka").computedAtNanos()).isEqualTo(clock.get());

        refreshAhead.served("kafka", cache.get("kafka"), compute, store);
        assertThat(background).isEmpty();
    }

    @Test
    void a_refresh_that_a_content_change_overtakes_is_taken_back_out() {
        RefreshAhead.Stamped<String> value = cached("kafka", "kafka v0");
        clock.addAndGet(11 * SECOND);
        Function<String, String> computeAcrossAChange = key -> {
            String result = compute.apply(key);
            generation.incrementAndGet();
            cache.clear();
            return result;
        };

        refreshAhead.served("kafka", value, computeAcrossAChange, store);
        background.poll().run();

        assertThat(computations).hasValue(1);
        assertThat(cache).doesNotContainKey("kafka");
    }

    @Test
    void a_value_from_before_a_content_change_is_not_refreshed() {
        RefreshAhead.Stamped<String> value = cached("kafka", "kafka v0");
        generation.incrementAndGet();
        clock.addAndGet(60 * SECOND);

        refreshAhead.served("kafka", value, compute, store);

        assertThat(background).isEmpty();
    }

    @Test
    void a_failed_refresh_keeps_the_served_value_and_may_be_tried_again() {
        RefreshAhead.Stamped<String> value = cached("kafka", "kafka v0");
        clock.addAndGet(20 * SECOND);
        Function<String, String> failing = key -> {
            throw new IllegalStateException("the database is away");
        };

        refreshAhead.served("kafka", value, failing, store);
        background.poll().run();
        refreshAhead.served("kafka", value, compute, store);
        background.poll().run();

        assertThat(cache.get("kafka").value()).isEqualTo("kafka v1");
    }

    private RefreshAhead.Stamped<String> cached(String key, String value) {
        RefreshAhead.Stamped<String> stamped = refreshAhead.stamp(value, generation.get());
        cache.put(key, stamped);
        return stamped;
    }
}
