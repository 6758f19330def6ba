package org.e2e.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(description = "One event for a subscriber, with its delivery state and every attempt.")
public record WebhookEventView(
        @Schema(required = true) UUID eventId,
        @Schema(required = true, examples = "version.published") String type,
        @Schema(required = true, description = "pending, delivered or failed (given up after the configured attempts).", examples = "delivered",
                enumeration = { "pending", "delivered", "failed" }) String status,
        @Schema(required = true, examples = "2") int attempts,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When the next attempt is due, while pending.") Instant nextAttemptAt,
        Instant deliveredAt,
        @Schema(description = "Why the last attempt failed.") String lastError,
        @Schema(required = true, description = "The JSON body sent.") JsonNode payload,
        @Schema(required = true, description = "Every attempt, oldest first.") List<Attempt> log) {

    @Schema(name = "WebhookAttempt", description = "One delivery attempt.")
    public record Attempt(
            @Schema(required = true, examples = "1") int attempt,
            @Schema(required = true) Instant at,
            @Schema(description = "HTTP status the subscriber answered; absent when it could not be reached.", examples = "500") Integer statusCode,
            @Schema(description = "Why it failed, when it did.") String error,
            @Schema(required = true, examples = "12") long durationMs) {
    }
}
