package dev.roundup.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The JSON bytes of a response body and their hash, made once per body object. A page or post served from the
 * application cache is the same object on every hit, so it is serialised and hashed on the first hit only.
 */
@ApplicationScoped
public class RenderedBodies {

    /** The bytes that go out and the hash that becomes the strong ETag. */
    public record Rendered(byte[] bytes, String hash) {
    }

    // Weak keys compare by identity and let an entry go when the application cache forgets its body object, so
    // a changed post (a new object) can never be answered with old bytes.
    private final Cache<Object, Rendered> rendered = Caffeine.newBuilder().weakKeys().maximumSize(20_000).build();

    @Inject
    ObjectMapper mapper;

    public Rendered of(Object body) throws JsonProcessingException {
        if (!(body instanceof Record)) {
            return render(body);
        }
        Rendered known = rendered.getIfPresent(body);
        if (known == null) {
            known = render(body);
            rendered.put(body, known);
        }
        return known;
    }

    private Rendered render(Object body) throws JsonProcessingException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        return new Rendered(bytes, ContentHash.of(bytes));
    }
}
