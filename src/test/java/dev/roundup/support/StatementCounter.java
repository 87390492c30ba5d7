package dev.roundup.support;

import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalPoolInterceptor;

/**
 * Counts the connections the pool hands out. Every read of the API takes one connection per statement (common.db.Sql),
 * so the difference over a request is the number of statements it ran: how a test proves that a page of 100 costs
 * what a page of 5 costs.
 */
@ApplicationScoped
public class StatementCounter implements AgroalPoolInterceptor {

    private final LongAdder acquired = new LongAdder();

    @Override
    public void onConnectionAcquire(java.sql.Connection connection) {
        acquired.increment();
    }

    public long statementsRun() {
        return acquired.sum();
    }
}
