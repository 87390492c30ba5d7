package dev.roundup.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The tests' clock: the system's unless a test fixes "now" with {@link #fix}; replaces the service's default
 * Clock bean in every {@code @QuarkusTest}.
 */
public final class TestClock extends Clock {

    private static volatile Instant fixed;

    /** Fixes now for the service until {@link #release()}. */
    public static void fix(String instant) {
        fixed = Instant.parse(instant);
    }

    public static void release() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    /** The producer that puts this clock in place of the service's. */
    public static final class Producer {
        @Produces
        @Singleton
        Clock clock() {
            return new TestClock();
        }
    }
}
