package dev.roundup.common.paging;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * Reads an {@code Integer} query parameter that has {@code @Min} and {@code @Max}: text that is not a whole number
 * in that range is a 400 that names the parameter and says what is allowed, where JAX-RS alone would answer 404.
 * The parameter must be named in its annotation ({@code @RestQuery("size")}): a converter never sees the field.
 */
@Provider
public class BoundedIntegers implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Integer.class || annotations == null) {
            return null;
        }
        Optional<String> name = find(annotations, RestQuery.class).map(RestQuery::value)
                .or(() -> find(annotations, QueryParam.class).map(QueryParam::value)).filter(value -> !value.isEmpty());
        Optional<Min> min = find(annotations, Min.class);
        Optional<Max> max = find(annotations, Max.class);
        if (name.isEmpty() || min.isEmpty() || max.isEmpty()) {
            return null;
        }
        return (ParamConverter<T>) new Converter(name.get(), min.get().value(), max.get().value());
    }

    private static <A extends Annotation> Optional<A> find(Annotation[] annotations, Class<A> type) {
        return Arrays.stream(annotations).filter(type::isInstance).map(type::cast).findFirst();
    }

    private record Converter(String name, long min, long max) implements ParamConverter<Integer> {

        @Override
        public Integer fromString(String value) {
            return Parameters.integer(name, value, min, max);
        }

        @Override
        public String toString(Integer value) {
            return String.valueOf(value);
        }
    }
}
