package dev.roundup.common.paging;

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
import dev.roundup.common.http.SparseFields;

/**
 * What every list response has, added in one place to the {@link Paged} body a resource returns: the
 * {@code X-Total-Count} and {@code Link} headers, and the items cut to {@code fields=} when the resource takes
 * {@link PageParams}. It runs before HttpCaching (a higher priority runs earlier among response filters), which
 * hashes the body as it goes out.
 */
public class PageResponses {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    /** The item type of each resource method's page, null when it takes no fields parameter. */
    private static final Map<Method, Class<?>> ITEM_TYPES = new ConcurrentHashMap<>();

    @Inject
    SparseFields sparseFields;

    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void page(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof Paged page)) {
            return;
        }
        String fields = request.getUriInfo().getQueryParameters().getFirst("fields");
        Class<?> itemType = ITEM_TYPES.computeIfAbsent(resource.getResourceMethod(), PageResponses::itemTypeOf);
        if (itemType != Void.class && fields != null && !fields.isBlank()) {
            try {
                response.setEntity(sparseFields.apply(page, fields, itemType));
            } catch (InvalidParameterException e) {
                response.setStatus(400);
                response.setEntity(Problem.invalidParameter(e.parameter(), e.getMessage(), request.getUriInfo().getPath()),
                        null, PROBLEM);
                return;
            }
        }
        PagedResponse.addHeaders(response.getHeaders(), page.meta(), request.getUriInfo());
    }

    /** The record type of the items, from the method's declared return type; Void when it takes no fields. */
    private static Class<?> itemTypeOf(Method method) {
        boolean takesFields = Arrays.stream(method.getParameterTypes()).anyMatch(PageParams.class::isAssignableFrom);
        return takesFields ? itemType(method.getGenericReturnType()) : Void.class;
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
