package dev.roundup.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * The one JDBC helper for set-based SQL: the read API's lists, filters and keyset pages, search, and the importer's
 * writes are PostgreSQL's strength, and plain JDBC gives their arrays and JSON aggregates without a mapping layer in
 * between. Reads take a connection of their own; {@link #on(Connection)} runs statements on a connection the caller
 * holds, inside its transaction. Editorial writes of single rows go through Hibernate ORM with Panache instead.
 */
@ApplicationScoped
public class Sql {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    public <T> List<T> list(String sql, List<?> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection()) {
            return on(connection).list(sql, mapper, parameters.toArray());
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

    /** Statements on a connection the caller holds (and closes), inside whatever transaction it is in. */
    public static Statements on(Connection connection) {
        return new Statements(connection);
    }

    /** Statements on one connection; parameters are bound in order, a String[] as a text array. */
    public record Statements(Connection connection) {

        public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }

        public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
            List<T> rows = list(sql, mapper, parameters);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        }

        /** The first column of the one row a statement answers (an {@code insert ... returning}, a lock). */
        public <T> T one(String sql, Class<T> type, Object... parameters) throws SQLException {
            return first(sql, row -> row.getObject(1, type), parameters)
                    .orElseThrow(() -> new IllegalStateException("no row from: " + sql));
        }

        /** Runs an insert, update or delete; answers the number of rows it touched. */
        public int update(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(sql, parameters)) {
                return statement.executeUpdate();
            }
        }

        /** Runs one insert, update or delete for each row of parameters, sent to the database as one batch. */
        public void batch(String sql, List<Object[]> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        /** Takes a transaction-level advisory lock named by the text, held until the transaction ends. */
        public void lock(String name) throws SQLException {
            list("select pg_advisory_xact_lock(hashtext(?))", row -> null, name);
        }

        private PreparedStatement prepare(String sql, Object[] parameters) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            bind(statement, parameters);
            return statement;
        }

        private void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
            for (int index = 0; index < parameters.length; index++) {
                Object value = parameters[index];
                if (value instanceof String[] array) {
                    statement.setArray(index + 1, connection.createArrayOf("text", array));
                } else if (value instanceof Long[] array) {
                    statement.setArray(index + 1, connection.createArrayOf("bigint", array));
                } else {
                    statement.setObject(index + 1, value);
                }
            }
        }
    }
}
