package dev.roundup.common.http;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.roundup.common.error.InvalidParameterException;

/**
 * Rejects NUL characters in the path and the query before any resource sees them: PostgreSQL text cannot
 * hold one, so such a value could only end as a database error instead of the 400 it deserves.
 */
public class TextParameters {

    private static final char NUL = '\u0000';

    @ServerRequestFilter(preMatching = true)
    public void rejectNulCharacters(ContainerRequestContext request) {
        if (request.getUriInfo().getPath(true).indexOf(NUL) >= 0) {
            throw new InvalidParameterException("path", "the path contains a NUL character (%00)");
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            if (parameter.getKey().indexOf(NUL) >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf(NUL) >= 0)) {
                throw new InvalidParameterException(parameter.getKey(),
                        "the parameter " + parameter.getKey() + " contains a NUL character (%00)");
            }
        }
    }
}
