package org.e2e.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A subscriber to register.")
public record WebhookRequest(
        @Schema(description = "Absolute http or https URL that receives the events by POST.", required = true,
                examples = "https://pd-planner.example.org/hooks/e2e") String url,
        @Schema(description = "Only events of this framework (slug); every framework when absent.",
                examples = "e2e-relationships") String framework,
        @Schema(description = "The HMAC-SHA256 key, at least 16 characters; generated when absent.") String secret,
        @Schema(description = "What the subscriber is.", examples = "District PD planner") String description) {
}
