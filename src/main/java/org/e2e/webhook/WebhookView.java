package org.e2e.webhook;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A registered subscriber. The secret is only in the answer to its creation.")
public record WebhookView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "https://pd-planner.example.org/hooks/e2e") String url,
        @Schema(examples = "e2e-relationships") String framework,
        @Schema(examples = "District PD planner") String description,
        @Schema(description = "The HMAC-SHA256 key; only sent when the subscription is created.") String secret,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, examples = "publisher-lee") String createdBy,
        @Schema(required = true, examples = "/api/v1/webhooks/6f1c2f0e-9a51-4a49-8a0e-1d0c6f0b7a11") String self,
        @Schema(required = true, examples = "/api/v1/webhooks/6f1c2f0e-9a51-4a49-8a0e-1d0c6f0b7a11/deliveries") String deliveries) {
}
