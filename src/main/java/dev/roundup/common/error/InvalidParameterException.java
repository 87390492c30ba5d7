package dev.roundup.common.error;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or path parameter that is malformed or out of range: a 400 that names the parameter. A
 * {@link BadRequestException}, so that a parameter converter may throw it too (JAX-RS turns any other failure
 * there into a 404).
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
