package dev.roundup.common.security;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Checks the caller of every write and admin route before anything else about the request is looked at: a missing
 * or bad token is a 401 and a token without the role a 403, whatever the content type, size or body. Runs before
 * resource matching, because content negotiation (415) and body reading come with the match. The resources'
 * {@code @RolesAllowed} say the same per method, for the OpenAPI document and as a second line.
 */
public class WriteAccess {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    EditorialApi editorialApi;

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> checkCaller(ContainerRequestContext request) {
        Set<String> roles = rolesNeeded(request.getMethod(), request.getUriInfo().getPath());
        if (roles.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (!editorialApi.enabled()) {
            return Uni.createFrom().failure(new UnauthorizedException(EditorialApi.OFF));
        }
        return identities.getDeferredIdentity().invoke(identity -> requireOneOf(identity, roles)).replaceWithVoid();
    }

    /** The roles of which a caller needs one for this route; none for public reads. */
    static Set<String> rolesNeeded(String method, String path) {
        String normalized = path.endsWith("/") ? path : path + "/";
        if (normalized.startsWith("/api/v1/admin/") || ("DELETE".equals(method) && normalized.startsWith("/api/"))) {
            return Set.of(Roles.ADMIN);
        }
        if (WRITES.contains(method) && normalized.startsWith("/api/")) {
            return Set.of(Roles.EDITOR, Roles.ADMIN);
        }
        return Set.of();
    }

    private static void requireOneOf(SecurityIdentity identity, Set<String> roles) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (roles.stream().noneMatch(identity::hasRole)) {
            throw new ForbiddenException();
        }
    }
}
