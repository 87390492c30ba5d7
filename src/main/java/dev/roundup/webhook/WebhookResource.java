package dev.roundup.webhook;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageNumberParams;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Parameters;
import dev.roundup.common.security.Roles;

@Path(WebhookResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Webhooks", description = "The delivery log of the webhooks (bearer token with the admin role)")
@APIResponse(responseCode = "403", description = "The token lacks the admin role")
public class WebhookResource {

    static final String PATH = "/api/v1/admin/webhooks/deliveries";

    private static final List<String> STATUSES = List.of("pending", "delivered", "failed");

    @Inject
    DeliveryService deliveries;

    @GET
    @Operation(summary = "List webhook deliveries", description = "The delivery log, newest first: one entry per"
            + " change and receiver (and per redelivery), with its status, attempts, last HTTP status and last error."
            + " Finished deliveries are kept for ROUNDUP_WEBHOOKS_DELIVERY_RETENTION.")
    @APIResponse(responseCode = "200", description = "A page of deliveries, with X-Total-Count and Link headers")
    public Page<WebhookDelivery> list(
            @Parameter(description = "Only deliveries in this state", schema = @Schema(enumeration = { "pending",
                    "delivered", "failed" })) @RestQuery String status,
            @BeanParam PageNumberParams paging) {
        PageRequest request = paging.request("-id");
        Optional<String> state = Optional.empty();
        if (status != null && !status.isBlank()) {
            String value = status.strip().toLowerCase(Locale.ROOT);
            if (!STATUSES.contains(value)) {
                throw new InvalidParameterException("status", "status must be pending, delivered or failed, got '"
                        + Parameters.abbreviate(status) + "'");
            }
            state = Optional.of(value);
        }
        return deliveries.list(state, request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webhook delivery", description = "Its status, attempts, last answer and error.")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookDelivery.class)))
    @APIResponse(responseCode = "404", description = "No delivery has this id")
    public WebhookDelivery get(@Parameter(description = "The delivery's id", example = "17") @RestPath String id) {
        return deliveries.get(id(id));
    }

    @POST
    @Path("/{id}/redeliver")
    @Operation(summary = "Send a delivery again", description = "A new delivery of the same change, with the same"
            + " body, to the same receiver: sent within a poll interval, retried like any delivery, with its own"
            + " X-Roundup-Delivery and X-Roundup-Redelivery-Of naming this one. For a failed delivery once the"
            + " receiver is fixed, or a delivered one a receiver lost. Only finished deliveries, and only to a"
            + " receiver still configured.")
    @APIResponse(responseCode = "201", description = "The new delivery, pending; Location names it",
            headers = @Header(name = "Location", description = "The new delivery's URL",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookDelivery.class)))
    @APIResponse(responseCode = "404", description = "No delivery has this id")
    @APIResponse(responseCode = "409", description = "The delivery is still pending, its receiver is no longer"
            + " configured, or no webhooks are configured")
    public Response redeliver(@Parameter(description = "The delivery's id", example = "17") @RestPath String id) {
        WebhookDelivery copy = deliveries.redeliver(id(id));
        return Response.created(URI.create(PATH + "/" + copy.id())).entity(copy).build();
    }

    private static long id(String id) {
        return Parameters.intIn("id", id, 0, 1, Integer.MAX_VALUE);
    }
}
