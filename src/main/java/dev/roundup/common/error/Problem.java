package dev.roundup.common.error;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem: what went wrong, for a person and for a program. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "A URI that identifies the kind of problem",
                example = "https://roundup.dev/problems/invalid-parameter") String type,
        @Schema(description = "A short summary of the kind of problem", example = "Invalid parameter") String title,
        @Schema(description = "The HTTP status", example = "400") int status,
        @Schema(description = "What was wrong with this request",
                example = "size must be between 1 and 100, got 1000") String detail,
        @Schema(description = "The request path", example = "/api/v1/posts") String instance,
        @Schema(description = "The offending query or path parameter", example = "size") String parameter,
        @Schema(description = "Every invalid field, for validation failures") List<FieldError> errors,
        @Schema(description = "410 from the change feed only: the cursor to follow the feed from once the content is"
                + " read again", example = "Y2hhbmdlcx80Njg...") String resumeCursor) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, String parameter,
            List<FieldError> errors) {
        this(type, title, status, detail, instance, parameter, errors, null);
    }
    public static final String TYPE_BASE = "https://roundup.dev/problems/";

    /** A malformed or out-of-range query or path parameter. */
    public static Problem invalidParameter(String parameter, String detail, String instance) {
        return new Problem(TYPE_BASE + "invalid-parameter", "Invalid parameter", 400, detail, instance, parameter,
                List.of());
    }

    public record FieldError(String field, String message) {
    }
}
