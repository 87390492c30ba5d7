package dev.roundup.common.error;

import java.util.List;
import java.util.Map;

/**
 * A failure with its own status and words, for the cases no standard exception names well (409, 412, 413,
 * 428, field errors found by code rather than by annotations).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;
    private final String parameter;
    private final String resumeCursor;

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of(), Map.of());
    }

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors,
            Map<String, String> headers) {
        this(status, type, title, detail, errors, headers, null, null);
    }

    /**
     * @param parameter the query parameter the problem is about (by default the field of a single field error)
     * @param resumeCursor the change feed's extension member (see {@link Problem#resumeCursor()})
     */
    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors,
            Map<String, String> headers, String parameter, String resumeCursor) {
        super(detail);
        this.parameter = parameter != null ? parameter : errors.size() == 1 ? errors.get(0).field() : null;
        this.resumeCursor = resumeCursor;
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** A 400 that lists the invalid fields of a request body. */
    public static ProblemException invalidFields(List<Problem.FieldError> errors) {
        String detail = String.join("; ", errors.stream().map(error -> error.field() + " " + error.message()).toList());
        return new ProblemException(400, "validation", "Invalid request", detail, errors, Map.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String parameter() {
        return parameter;
    }

    public String resumeCursor() {
        return resumeCursor;
    }
}
