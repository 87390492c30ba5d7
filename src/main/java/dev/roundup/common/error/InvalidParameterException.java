package dev.roundup.common.error;

/** A query or path parameter that is malformed or out of range: a 400 that names the parameter. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
