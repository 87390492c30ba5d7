package dev.roundup.common.error;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.roundup.common.db.DatabaseException;

/** Turns every failure into RFC 9457 problem+json; nothing of the service's insides reaches the client. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "invalid-parameter", "Invalid parameter", 400, e.getMessage(),
                uri.getPath(), e.parameter(), List.of()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(java.util.stream.Collectors.joining("; "));
        String parameter = errors.size() == 1 ? errors.get(0).field() : null;
        return respond(new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400, detail, uri.getPath(),
                parameter, errors));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "malformed-body", "Malformed request body", 400,
                "the body is not valid JSON: " + e.getOriginalMessage(), uri.getPath(), null, List.of()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = detailOf(e, status, uri);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + slugOf(status), reasonOf(status), status, detail, uri.getPath(),
                        null, List.of()));
        if (e instanceof NotAllowedException && !e.getResponse().getAllowedMethods().isEmpty()) {
            response.allow(e.getResponse().getAllowedMethods());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response database(DatabaseException e, UriInfo uri) {
        if (!e.isUnavailable()) {
            return unexpected(e, uri);
        }
        LOG.warnf("database unavailable on %s: %s", uri.getPath(), e.getMessage());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", 5)
                .entity(new Problem(Problem.TYPE_BASE + "unavailable", "Service unavailable", 503,
                        "the database cannot be reached right now; try again shortly", uri.getPath(), null, List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "the service failed to answer this request; the failure is logged", uri.getPath(), null, List.of()));
    }

    private static String detailOf(WebApplicationException e, int status, UriInfo uri) {
        if (e instanceof NotFoundException) {
            String message = e.getMessage();
            return message != null && !message.startsWith("HTTP 404") ? message : "nothing is at " + uri.getPath();
        }
        if (e instanceof NotAllowedException) {
            return e.getResponse().getAllowedMethods().isEmpty() ? "this method is not allowed here"
                    : "this method is not allowed here; allowed: " + String.join(", ", e.getResponse().getAllowedMethods());
        }
        if (e instanceof NotAcceptableException) {
            return "this resource cannot be served in the media type the Accept header asks for";
        }
        if (e instanceof NotSupportedException) {
            return "this content type is not accepted here";
        }
        return reasonOf(status);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "list.size" for a method parameter: the part after the method name is what the client sent
        int dot = path.indexOf('.');
        return dot >= 0 ? path.substring(dot + 1) : path;
    }

    private static String reasonOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static String slugOf(int status) {
        return reasonOf(status).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
