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
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure into RFC 9457 problem+json; nothing of the service's insides reaches the client. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return respond(Problem.invalidParameter(e.parameter(), e.getMessage(), uri.getPath()));
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
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + e.type(), e.title(), e.status(), e.getMessage(), uri.getPath(),
                        e.parameter(), e.errors(), e.resumeCursor()));
        e.headers().forEach(response::header);
        return response.build();
    }

    /** No credentials, or a token that fails verification (signature, issuer, expiry). */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        String detail = e instanceof AuthenticationFailedException
                ? "the bearer token is not valid: it may be expired, or signed by a key or issuer this service does not trust"
                : e.getMessage() != null ? e.getMessage() : "this operation needs a bearer token (Authorization: Bearer ...)";
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401, detail, uri.getPath(),
                        null, List.of()))
                .build();
    }

    /** A valid token without the role the operation needs. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "the bearer token does not carry a role this operation needs", uri.getPath(), null, List.of()));
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
        // A request body's field: "create.request.title" is "title" to the client
        List<String> bodyPath = new java.util.ArrayList<>();
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            String index = node.getIndex() != null ? "[" + node.getIndex() + "]" : "";
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                bodyPath.add(node.getName() + index);
            } else if (node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT && !bodyPath.isEmpty()
                    && !bodyPath.get(bodyPath.size() - 1).endsWith("]")) {
                bodyPath.set(bodyPath.size() - 1, bodyPath.get(bodyPath.size() - 1) + index);
            }
        }
        if (!bodyPath.isEmpty()) {
            return String.join(".", bodyPath);
        }
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
