package dev.roundup.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The check behind public endpoints that show more to editors ({@code preview=true}): the token is only
 * looked at when the request asks for more, so an ordinary read never fails on a stale token.
 */
@RequestScoped
public class EditorAccess {

    @Inject
    SecurityIdentity identity;

    @Inject
    EditorialApi editorialApi;

    /** Passes for an editor or an admin; 401 without a token, 403 with a token of another role. */
    public void require() {
        if (!editorialApi.enabled()) {
            throw new UnauthorizedException(EditorialApi.OFF);
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(Roles.EDITOR) && !identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException();
        }
    }
}
