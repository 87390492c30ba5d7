package dev.roundup.common.http;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.error.Problem;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageParams;
import dev.roundup.common.paging.Paged;
import dev.roundup.common.paging.PagedResponse;

/**
 * Shapes what resources return, in one place: a {@link Paged} body gets the {@code X-Total-Count} and {@code Link}
 * headers, and {@code fields=} cuts down the items of a page (when the method takes {@link PageParams}) or a single
 * record (when it takes {@link FieldsParam}). It runs before HttpCaching (a higher priority runs earlier among
 * response filters), which hashes the body as it goes out.
 */
public class RepresentationFilter {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    /** The record type fields= applies to, for each resource method; Void when it takes no fields parameter. */
    private static final Map<Method, Class<?>> FIELD_TYPES = new ConcurrentHashMap<>();

    @Inject
    SparseFields sparseFields;

    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void shape(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Object entity = response.getEntity();
        if (response.getStatus() != 200 || !(entity instanceof Paged || entity instanceof Record)
                || resource.getResourceMethod() == null) {
            return;
        }
        String fields = request.getUriInfo().getQueryParameters().getFirst("fields");
        Class<?> type = FIELD_TYPES.computeIfAbsent(resource.getResourceMethod(), RepresentationFilter::fieldTypeOf);
        boolean asked = fields != null && !fields.isBlank();
        if (type != Void.class && (asked || entity instanceof Paged && sparseFields.shapes(type))) {
            try {
                response.setEntity(entity instanceof Paged page ? sparseFields.apply(page, fields, type)
                        : sparseFields.apply((Record) entity, fields));
            } catch (InvalidParameterException e) {
                response.setStatus(400);
                response.setEntity(Problem.invalidParameter(e.parameter(), e.getMessage(), request.getUriInfo().getPath()),
                        null, PROBLEM);
                return;
            }
        }
        if (entity instanceof Paged page) {
            PagedResponse.addHeaders(response.getHeaders(), page.meta(), request.getUriInfo());
        }
    }

    /** The record type of a page's items or of the resource, from the method's declared return type; Void without fields. */
    private static Class<?> fieldTypeOf(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        if (Arrays.stream(parameters).anyMatch(PageParams.class::isAssignableFrom)) {
            return itemType(method.getGenericReturnType());
        }
        return Arrays.stream(parameters).anyMatch(FieldsParam.class::isAssignableFrom) ? method.getReturnType() : Void.class;
    }

    private static Class<?> itemType(Type declared) {
        if (declared instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (parameterized.getRawType() == RestResponse.class) {
                return itemType(argument);
            }
            if (parameterized.getRawType() == Page.class && argument instanceof Class<?> item) {
                return item;
            }
        }
        if (declared instanceof Class<?> type && type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("items")
                        && component.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> item) {
                    return item;
                }
            }
        }
        throw new IllegalStateException("a list resource must declare the type of its items: " + declared);
    }
}
