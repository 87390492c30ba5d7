package dev.roundup.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * Read queries in plain SQL: the read API's lists, filters and keyset pages are PostgreSQL's strength,
 * and plain JDBC gives their arrays and JSON aggregates without a mapping layer in between.
 */
@ApplicationScoped
public class Sql {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    // Statements run so far: lets a test prove that a page of 100 costs what a page of 5 costs.
    private final LongAdder statements = new LongAdder();

    public long statementsRun() {
        return statements.sum();
    }

    public <T> List<T> list(String sql, List<?> parameters, RowMapper<T> mapper) {
        statements.increment();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    public <T> Optional<T> first(String sql, List<?> parameters, RowMapper<T> mapper) {
        List<T> rows = list(sql, parameters, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, List<?> parameters) {
        return first(sql, parameters, row -> row.getLong(1)).orElse(0L);
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<?> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int index = 0; index < parameters.size(); index++) {
            Object value = parameters.get(index);
            if (value instanceof String[] array) {
                statement.setArray(index + 1, connection.createArrayOf("text", array));
            } else {
                statement.setObject(index + 1, value);
            }
        }
        return statement;
    }
}
