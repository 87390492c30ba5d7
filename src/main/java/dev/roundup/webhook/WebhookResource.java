package dev.roundup.webhook;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.error.Problem;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.PagedResponse;
import dev.roundup.common.paging.Parameters;
import dev.roundup.common.security.Roles;

@Path("/api/v1/admin/webhooks/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Webhooks", description = "The delivery log of the webhooks (bearer token with the admin role)")
@APIResponse(responseCode = "400", description = "A malformed parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No bearer token, or one that fails verification",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token lacks the admin role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WebhookResource {

    private static final List<String> STATUSES = List.of("pending", "delivered", "failed");

    @Inject
    Sql sql;

    @GET
    @Operation(summary = "List webhook deliveries", description = "The delivery log, newest first: one entry per"
            + " change and receiver, with its status, attempts, last HTTP status and last error.")
    @APIResponse(responseCode = "200", description = "A page of deliveries, with X-Total-Count and Link headers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookDeliveryPage.class)))
    public Response list(
            @Parameter(description = "Only deliveries in this state", schema = @Schema(enumeration = { "pending",
                    "delivered", "failed" })) @RestQuery String status,
            @Parameter(description = "Page number, from 1", example = "1") @RestQuery String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)", example = "20") @RestQuery String size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size, null, "-id");
        Where where = new Where();
        if (status != null && !status.isBlank()) {
            String value = status.strip().toLowerCase(Locale.ROOT);
            if (!STATUSES.contains(value)) {
                throw new InvalidParameterException("status", "status must be pending, delivered or failed, got '"
                        + Parameters.abbreviate(status) + "'");
            }
            where.and("d.status = ?", value);
        }
        long total = sql.count("select count(*) from webhook_delivery d" + where.sql(), where.parameters());
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(request.size());
        parameters.add(request.offset());
        List<WebhookDelivery> items = sql.list("select d.id, d.change_id, d.url, d.status, d.attempts,"
                + " d.response_code, d.last_error, d.next_attempt_at, d.created_at, d.updated_at"
                + " from webhook_delivery d" + where.sql() + " order by d.id desc limit ? offset ?", parameters,
                row -> new WebhookDelivery(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getInt(5), (Integer) row.getObject(6), row.getString(7),
                        "pending".equals(row.getString(4)) ? row.getObject(8, OffsetDateTime.class) : null,
                        row.getObject(9, OffsetDateTime.class), row.getObject(10, OffsetDateTime.class)));
        Page<WebhookDelivery> result = Page.of(items, request, total, null);
        return PagedResponse.of(result, result.meta(), uri);
    }
}
