package dev.roundup.common.db;

import java.sql.SQLException;

/** A database failure while answering a request: a 503 when the database is away, else a 500. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** SQLSTATE class 08 is "connection exception": the database is unreachable, not the query wrong. */
    public boolean isUnavailable() {
        SQLException cause = (SQLException) getCause();
        return cause.getSQLState() != null && cause.getSQLState().startsWith("08");
    }
}
