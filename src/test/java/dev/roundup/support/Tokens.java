package dev.roundup.support;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the dev key (dev-keys/private.pem), as bin/mint-token makes them. */
public final class Tokens {

    public static final String ISSUER = "https://roundup.dev/editorial";

    private Tokens() {
    }

    public static String editor() {
        return "Bearer " + mint("editor");
    }

    public static String admin() {
        return "Bearer " + mint("admin");
    }

    /** A valid token without any role of the write API. */
    public static String reader() {
        return "Bearer " + mint("reader");
    }

    public static String mint(String... roles) {
        return Jwt.issuer(ISSUER).upn("test-" + String.join("-", roles)).groups(Set.of(roles)).expiresIn(3600).sign();
    }
}
