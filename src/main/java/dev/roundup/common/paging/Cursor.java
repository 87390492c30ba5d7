package dev.roundup.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.roundup.common.error.InvalidParameterException;

/**
 * A keyset position: the sort it belongs to, the last row's sort value and its id. Opaque to clients
 * (base64url); a cursor made for another sort, or tampered with, is a 400.
 */
public record Cursor(String sort, String value, long id) {

    private static final char SEPARATOR = '\u001f';

    public String encode() {
        String raw = sort + SEPARATOR + value + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @param parameter the query parameter the cursor came in, named by a problem about it */
    public static Cursor decode(String parameter, String encoded, String expectedSort) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("wrong shape");
            }
            if (!parts[0].equals(expectedSort)) {
                throw new InvalidParameterException(parameter, "this cursor belongs to sort=" + parts[0]
                        + "; keep the sort of the request that returned it");
            }
            return new Cursor(parts[0], parts[1], Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw notIssued(parameter);
        }
    }

    /** The problem with a cursor that does not decode, or whose value does not parse. */
    public static InvalidParameterException notIssued(String parameter) {
        return new InvalidParameterException(parameter, "the cursor is not one this service issued;"
                + " use meta.nextCursor of a previous page");
    }
}
