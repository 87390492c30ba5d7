package dev.roundup.webhook;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One notification to one receiver, and how its delivery went. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WebhookDelivery")
public record WebhookDelivery(
        @Schema(description = "The delivery's id (also sent as X-Roundup-Delivery)", example = "17") long id,
        @Schema(description = "The change announced (see /api/v1/changes)", example = "4711") long changeId,
        @Schema(description = "The receiver", example = "https://builder.example.com/hooks/roundup") String url,
        @Schema(description = "pending (waiting for its next attempt), delivered (a 2xx answer), failed (attempts"
                + " used up)",
                enumeration = {
                        "pending", "delivered", "failed" }) String status,
        @Schema(description = "Attempts made", example = "1") int attempts,
        @Schema(description = "The HTTP status of the last answer", example = "204") Integer responseCode,
        @Schema(description = "Why the last attempt failed", example = "HTTP 500") String lastError,
        @Schema(description = "When the next attempt is due (pending only)") OffsetDateTime nextAttemptAt,
        @Schema(description = "When the delivery was created") OffsetDateTime createdAt,
        @Schema(description = "When it was last attempted") OffsetDateTime updatedAt,
        @Schema(description = "The delivery this one repeats, for a redelivery (also sent as X-Roundup-Redelivery-Of)",
                example = "17") Long redeliveryOf){
}
